/*
 * static_linux_syscall: prints "before", then executes `syscall` with a raw
 * LINUX system call number (rax = 39, Linux getpid; no Darwin class bits).
 * Under the runner this must never reach the Linux kernel: the guest gets
 * SIGSYS (Darwin 12), so the expected result is "Bad system call: 12" on
 * stderr and exit status 140.
 */
#include "rt/rt.h"

int main(int argc, char **argv, char **envp, char **apple) {
    (void)argc;
    (void)argv;
    (void)envp;
    (void)apple;
    rt_puts("before\n");
    long rax = 39; /* __NR_getpid on Linux x86_64 */
    __asm__ volatile("syscall" : "+a"(rax) : : "rcx", "r11", "rdx", "memory", "cc");
    rt_err_puts("static_linux_syscall: the Linux syscall returned instead of raising SIGSYS\n");
    return 1;
}
