/*
 * start.S - entry point of the static test programs (linked with
 * -Wl,-e,__start; postlink puts its address into LC_UNIXTHREAD's rip).
 *
 * On entry rsp points at argc (see rt.c). Nothing else is assumed about the
 * register state. Clear the frame pointer, align the stack to 16 bytes as
 * the SysV ABI requires at a call, and hand the original stack pointer to C.
 */
    .text
    .globl __start
    .p2align 4
__start:
    xorl    %ebp, %ebp
    movq    %rsp, %rdi
    andq    $-16, %rsp
    callq   _rt_start_c
    /* rt_start_c never returns */
    ud2
