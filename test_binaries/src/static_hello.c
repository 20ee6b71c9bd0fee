/* static_hello: writes exactly "Hello, World!\n" to stdout with write(2). */
#include "rt/rt.h"

int main(int argc, char **argv, char **envp, char **apple) {
    (void)argc;
    (void)argv;
    (void)envp;
    (void)apple;
    static const char msg[] = "Hello, World!\n";
    long r = rt_write(1, msg, sizeof msg - 1);
    return r == (long)(sizeof msg - 1) ? 0 : 1;
}
