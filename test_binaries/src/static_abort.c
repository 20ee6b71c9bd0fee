/*
 * static_abort: prints "about to abort" and sends itself SIGABRT (Darwin 6)
 * with kill(getpid(), SIGABRT, posix=1). Expected: "Abort trap: 6", exit 134.
 */
#include "rt/rt.h"

int main(int argc, char **argv, char **envp, char **apple) {
    (void)argc;
    (void)argv;
    (void)envp;
    (void)apple;
    rt_puts("about to abort\n");
    long r = rt_kill(rt_getpid(), SIGABRT, 1);
    rt_err_puts("static_abort: still alive after kill(getpid(), SIGABRT), result ");
    rt_err_puts(r == 0 ? "0\n" : "nonzero\n");
    return 1;
}
