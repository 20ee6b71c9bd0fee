/*
 * static_segv: prints "about to fault" and then stores to address 0x8, which
 * lies in __PAGEZERO. Expected: killed by SIGSEGV (Darwin 11); the runner
 * reports "Segmentation fault: 11" and exits with 128 + 11 = 139.
 */
#include "rt/rt.h"

int main(int argc, char **argv, char **envp, char **apple) {
    (void)argc;
    (void)argv;
    (void)envp;
    (void)apple;
    rt_puts("about to fault\n");
    *(volatile int *)(uintptr_t)0x8 = 1;
    rt_err_puts("static_segv: the store to 0x8 did not fault\n");
    return 1;
}
