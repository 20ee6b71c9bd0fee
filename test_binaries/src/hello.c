/* hello: the classic dynamic program, linked against libSystem (needs dyld). */
#include <stdio.h>

int main(void) {
    printf("Hello, World!\n");
    return 0;
}
