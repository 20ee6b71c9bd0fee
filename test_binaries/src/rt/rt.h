/*
 * rt.h - tiny freestanding runtime for the runner's static test programs.
 *
 * The programs are plain x86_64 macOS executables that use no library at
 * all: every kernel service is requested with a raw `syscall` instruction
 * using the Darwin x86_64 convention:
 *
 *   rax = class | number   (class 0x2000000 = BSD/Unix, 0x1000000 = Mach
 *                           trap, 0x3000000 = machine dependent)
 *   args in rdi, rsi, rdx, r10, r8, r9
 *   `syscall` clobbers rcx and r11; BSD calls also return a second value
 *   in rdx.
 *   BSD calls: carry flag clear = success (rax = result), carry flag set =
 *   failure (rax = positive errno).
 *
 * The wrappers below return the result, or -errno on failure (carry set),
 * so callers can test `r < 0`.
 *
 * Constants are the Darwin values (they differ from Linux).
 */
#ifndef RT_H
#define RT_H

#include <stddef.h>
#include <stdint.h>

/* ---- syscall classes and numbers (xnu bsd/kern/syscalls.master) ---- */
#define SYSCALL_CLASS_MACH 0x1000000L
#define SYSCALL_CLASS_UNIX 0x2000000L
#define SYSCALL_CLASS_MDEP 0x3000000L

#define SYS_exit 1
#define SYS_read 3
#define SYS_write 4
#define SYS_open 5
#define SYS_close 6
#define SYS_unlink 10
#define SYS_getpid 20
#define SYS_kill 37
#define SYS_ioctl 54
#define SYS_munmap 73
#define SYS_mprotect 74
#define SYS_fcntl 92
#define SYS_writev 121
#define SYS_csops 169
#define SYS_mmap 197
#define SYS_lseek 199
#define SYS_sysctl 202
#define SYS_sysctlbyname 274
#define SYS_issetugid 327
#define SYS_stat64 338
#define SYS_fstat64 339
#define SYS_lstat64 340
#define SYS_audit 350
#define SYS_openat 463
#define SYS_getentropy 500

/* machine-dependent call 3: thread_fast_set_cthread_self(tsd base) */
#define MDEP_thread_fast_set_cthread_self 3

/* ---- Darwin errno values ---- */
#define EPERM 1
#define ENOENT 2
#define EBADF 9
#define ENOMEM 12
#define EFAULT 14
#define EEXIST 17
#define ENOTDIR 20
#define EINVAL 22
#define ENOTTY 25
#define ENOSYS 78

/* ---- Darwin flag values ---- */
#define O_RDONLY 0x0
#define O_WRONLY 0x1
#define O_RDWR 0x2
#define O_CREAT 0x200
#define O_TRUNC 0x400
#define O_EXCL 0x800
#define O_DIRECTORY 0x100000
#define O_CLOEXEC 0x1000000
#define AT_FDCWD (-2)

#define F_GETFD 1
#define FD_CLOEXEC 1

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#define PROT_NONE 0x0
#define PROT_READ 0x1
#define PROT_WRITE 0x2
#define MAP_SHARED 0x1
#define MAP_PRIVATE 0x2
#define MAP_ANON 0x1000

#define S_IFMT 0170000
#define S_IFREG 0100000
#define S_IFDIR 0040000

#define TIOCGWINSZ 0x40087468UL

#define CTL_KERN 1
#define KERN_OSTYPE 1
#define KERN_OSRELEASE 2
#define CTL_HW 6
#define HW_NCPU 3
#define HW_PAGESIZE 7

#define CS_OPS_STATUS 0

#define SIGABRT 6
#define SIGSYS 12

/* Darwin x86_64 `struct stat` (64-bit inode variant, 144 bytes). */
struct rt_timespec {
    int64_t tv_sec;
    int64_t tv_nsec;
};

struct rt_stat64 {
    int32_t st_dev;                 /* 0 */
    uint16_t st_mode;               /* 4 */
    uint16_t st_nlink;              /* 6 */
    uint64_t st_ino;                /* 8 */
    uint32_t st_uid;                /* 16 */
    uint32_t st_gid;                /* 20 */
    int32_t st_rdev;                /* 24 */
    int32_t pad0;                   /* 28 */
    struct rt_timespec st_atimespec;     /* 32 */
    struct rt_timespec st_mtimespec;     /* 48 */
    struct rt_timespec st_ctimespec;     /* 64 */
    struct rt_timespec st_birthtimespec; /* 80 */
    int64_t st_size;                /* 96 */
    int64_t st_blocks;              /* 104 */
    int32_t st_blksize;             /* 112 */
    uint32_t st_flags;              /* 116 */
    uint32_t st_gen;                /* 120 */
    int32_t st_lspare;              /* 124 */
    int64_t st_qspare[2];           /* 128 */
};
_Static_assert(sizeof(struct rt_stat64) == 144, "Darwin struct stat is 144 bytes");
_Static_assert(offsetof(struct rt_stat64, st_mode) == 4, "st_mode at 4");
_Static_assert(offsetof(struct rt_stat64, st_size) == 96, "st_size at 96");

struct rt_iovec {
    const void *iov_base;
    size_t iov_len;
};

struct rt_winsize {
    uint16_t ws_row;
    uint16_t ws_col;
    uint16_t ws_xpixel;
    uint16_t ws_ypixel;
};

/* ---- raw syscalls ---- */

/*
 * BSD system call with up to six arguments. Returns rax on success and
 * -errno (negated rax) when the kernel sets the carry flag.
 */
static inline long rt_syscall6(long number, long a1, long a2, long a3, long a4, long a5,
                               long a6) {
    register long r10 __asm__("r10") = a4;
    register long r8 __asm__("r8") = a5;
    register long r9 __asm__("r9") = a6;
    long rax = SYSCALL_CLASS_UNIX | number;
    long rdx = a3;
    _Bool carry;
    __asm__ volatile("syscall"
                     : "+a"(rax), "+d"(rdx), "=@ccc"(carry)
                     : "D"(a1), "S"(a2), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return carry ? -rax : rax;
}

static inline long rt_syscall0(long n) { return rt_syscall6(n, 0, 0, 0, 0, 0, 0); }
static inline long rt_syscall1(long n, long a1) { return rt_syscall6(n, a1, 0, 0, 0, 0, 0); }
static inline long rt_syscall2(long n, long a1, long a2) {
    return rt_syscall6(n, a1, a2, 0, 0, 0, 0);
}
static inline long rt_syscall3(long n, long a1, long a2, long a3) {
    return rt_syscall6(n, a1, a2, a3, 0, 0, 0);
}
static inline long rt_syscall4(long n, long a1, long a2, long a3, long a4) {
    return rt_syscall6(n, a1, a2, a3, a4, 0, 0);
}

/*
 * Machine-dependent call (class 3). These return their value in rax and do
 * not use the carry convention.
 */
static inline long rt_mdep_call1(long number, long a1) {
    long rax = SYSCALL_CLASS_MDEP | number;
    __asm__ volatile("syscall" : "+a"(rax) : "D"(a1) : "rcx", "r11", "rdx", "memory", "cc");
    return rax;
}

/* ---- typed wrappers ---- */
static inline __attribute__((noreturn)) void rt_exit(int status) {
    rt_syscall1(SYS_exit, status);
    for (;;) {
        __asm__ volatile("hlt");
    }
}
static inline long rt_read(int fd, void *buf, size_t n) {
    return rt_syscall3(SYS_read, fd, (long)buf, (long)n);
}
static inline long rt_write(int fd, const void *buf, size_t n) {
    return rt_syscall3(SYS_write, fd, (long)buf, (long)n);
}
static inline long rt_writev(int fd, const struct rt_iovec *iov, int cnt) {
    return rt_syscall3(SYS_writev, fd, (long)iov, cnt);
}
static inline long rt_open(const char *path, int flags, int mode) {
    return rt_syscall3(SYS_open, (long)path, flags, mode);
}
static inline long rt_openat(int dirfd, const char *path, int flags, int mode) {
    return rt_syscall4(SYS_openat, dirfd, (long)path, flags, mode);
}
static inline long rt_close(int fd) { return rt_syscall1(SYS_close, fd); }
static inline long rt_unlink(const char *path) { return rt_syscall1(SYS_unlink, (long)path); }
static inline long rt_getpid(void) { return rt_syscall0(SYS_getpid); }
static inline long rt_kill(long pid, int sig, int posix) {
    return rt_syscall3(SYS_kill, pid, sig, posix);
}
static inline long rt_ioctl(int fd, unsigned long req, void *arg) {
    return rt_syscall3(SYS_ioctl, fd, (long)req, (long)arg);
}
static inline long rt_fcntl(int fd, int cmd, long arg) {
    return rt_syscall3(SYS_fcntl, fd, cmd, arg);
}
static inline long rt_lseek(int fd, long off, int whence) {
    return rt_syscall3(SYS_lseek, fd, off, whence);
}
static inline long rt_mmap(void *addr, size_t len, int prot, int flags, int fd, long off) {
    return rt_syscall6(SYS_mmap, (long)addr, (long)len, prot, flags, fd, off);
}
static inline long rt_munmap(void *addr, size_t len) {
    return rt_syscall2(SYS_munmap, (long)addr, (long)len);
}
static inline long rt_mprotect(void *addr, size_t len, int prot) {
    return rt_syscall3(SYS_mprotect, (long)addr, (long)len, prot);
}
static inline long rt_stat64(const char *path, struct rt_stat64 *st) {
    return rt_syscall2(SYS_stat64, (long)path, (long)st);
}
static inline long rt_lstat64(const char *path, struct rt_stat64 *st) {
    return rt_syscall2(SYS_lstat64, (long)path, (long)st);
}
static inline long rt_fstat64(int fd, struct rt_stat64 *st) {
    return rt_syscall2(SYS_fstat64, fd, (long)st);
}
static inline long rt_issetugid(void) { return rt_syscall0(SYS_issetugid); }
static inline long rt_getentropy(void *buf, size_t n) {
    return rt_syscall2(SYS_getentropy, (long)buf, (long)n);
}
static inline long rt_csops(long pid, unsigned ops, void *addr, size_t size) {
    return rt_syscall4(SYS_csops, pid, ops, (long)addr, (long)size);
}
static inline long rt_sysctl(const int *name, unsigned namelen, void *old, size_t *oldlen,
                             const void *new_value, size_t newlen) {
    return rt_syscall6(SYS_sysctl, (long)name, namelen, (long)old, (long)oldlen,
                       (long)new_value, (long)newlen);
}
static inline long rt_sysctlbyname(const char *name, size_t namelen, void *old,
                                   size_t *oldlen, const void *new_value, size_t newlen) {
    return rt_syscall6(SYS_sysctlbyname, (long)name, (long)namelen, (long)old, (long)oldlen,
                       (long)new_value, (long)newlen);
}

/* ---- helpers (rt.c) ---- */
size_t rt_strlen(const char *s);
int rt_streq(const char *a, const char *b);
int rt_startswith(const char *s, const char *prefix);
const char *rt_basename(const char *path);
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);

/* Output to stdout (fd 1); rt_err_* go to stderr (fd 2). */
void rt_puts(const char *s);           /* no newline added */
void rt_putu(unsigned long v);         /* decimal */
void rt_puti(long v);                  /* signed decimal */
void rt_putx(unsigned long v);         /* 0x-prefixed hex */
void rt_err_puts(const char *s);

/*
 * Self-checking tests: prints "ok: what" or "FAIL: what" and remembers
 * failures. Returns cond.
 */
int check(int cond, const char *what);
/* Like check(), for "syscall result r must equal -errno". */
int check_errno(long r, int errno_value, const char *what);
/* 0 if every check passed, 1 otherwise: use as main's return value. */
int rt_status(void);

/* Entry point: called by start.S with a pointer to argc on the initial stack. */
__attribute__((noreturn)) void rt_start_c(uintptr_t *sp);
int main(int argc, char **argv, char **envp, char **apple);

#endif
