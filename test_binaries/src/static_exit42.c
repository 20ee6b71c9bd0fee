/* static_exit42: exits with status 42 without printing anything. */
#include "rt/rt.h"

int main(int argc, char **argv, char **envp, char **apple) {
    (void)argc;
    (void)argv;
    (void)envp;
    (void)apple;
    rt_exit(42);
}
