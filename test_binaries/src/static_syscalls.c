/*
 * static_syscalls: self-checking tests of the Darwin system calls the runner
 * implements, using raw `syscall` instructions only. Prints one
 * "ok: ..." / "FAIL: ..." line per check (never values that differ between
 * runs) and exits 0 when every check passed, 1 otherwise.
 *
 * Works in a temporary file /tmp/runner_static_syscalls_<pid> that it
 * removes at the end.
 */
#include "rt/rt.h"

#define PAGE 4096UL

static const char content[] = "0123456789abcdefgh"; /* what ends up in the file */
#define CONTENT_LEN (sizeof content - 1)

static char path[64];

static void build_path(long pid) {
    static const char prefix[] = "/tmp/runner_static_syscalls_";
    char digits[24];
    size_t n = 0;
    unsigned long v = (unsigned long)pid;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    size_t len = sizeof prefix - 1;
    memcpy(path, prefix, len);
    while (n > 0) {
        path[len++] = digits[--n];
    }
    path[len] = '\0';
}

/* ---- register preservation across a syscall ---- */

/* getpid with rbx, rdi, rsi, r8, r9, r10 holding known values. */
static void test_registers_low(void) {
    register uint64_t r8 __asm__("r8") = 0x0808080808080808ULL;
    register uint64_t r9 __asm__("r9") = 0x0909090909090909ULL;
    register uint64_t r10 __asm__("r10") = 0x1010101010101010ULL;
    uint64_t rbx = 0x0b0b0b0b0b0b0b0bULL;
    uint64_t rdi = 0x0d0d0d0d0d0d0d0dULL;
    uint64_t rsi = 0x0e0e0e0e0e0e0e0eULL;
    uint64_t rdx = 0;
    long rax = SYSCALL_CLASS_UNIX | SYS_getpid;
    _Bool carry;
    __asm__ volatile("syscall"
                     : "+a"(rax), "+d"(rdx), "=@ccc"(carry), "+b"(rbx), "+D"(rdi), "+S"(rsi),
                       "+r"(r8), "+r"(r9), "+r"(r10)
                     :
                     : "rcx", "r11", "memory");
    check(!carry && rax > 0, "getpid via raw syscall succeeds with carry clear");
    check(rbx == 0x0b0b0b0b0b0b0b0bULL && rdi == 0x0d0d0d0d0d0d0d0dULL &&
              rsi == 0x0e0e0e0e0e0e0e0eULL,
          "syscall preserves rbx, rdi, rsi");
    check(r8 == 0x0808080808080808ULL && r9 == 0x0909090909090909ULL &&
              r10 == 0x1010101010101010ULL,
          "syscall preserves r8, r9, r10");
}

/* getpid with r12-r15 holding known values. */
static void test_registers_high(void) {
    register uint64_t r12 __asm__("r12") = 0x1212121212121212ULL;
    register uint64_t r13 __asm__("r13") = 0x1313131313131313ULL;
    register uint64_t r14 __asm__("r14") = 0x1414141414141414ULL;
    register uint64_t r15 __asm__("r15") = 0x1515151515151515ULL;
    uint64_t rdx = 0;
    long rax = SYSCALL_CLASS_UNIX | SYS_getpid;
    __asm__ volatile("syscall"
                     : "+a"(rax), "+d"(rdx), "+r"(r12), "+r"(r13), "+r"(r14), "+r"(r15)
                     :
                     : "rcx", "r11", "memory", "cc");
    check(r12 == 0x1212121212121212ULL && r13 == 0x1313131313131313ULL &&
              r14 == 0x1414141414141414ULL && r15 == 0x1515151515151515ULL,
          "syscall preserves r12-r15");
}

/* ---- error paths that need no file ---- */

static void test_errors(void) {
    check_errno(rt_open("/nonexistent-runner-test-dir/missing", O_RDONLY, 0), ENOENT,
                "open of a missing file fails with ENOENT");
    check_errno(rt_close(999), EBADF, "close(999) fails with EBADF");
    check_errno(rt_syscall2(SYS_audit, 0, 0), ENOSYS,
                "unimplemented syscall (audit, 350) fails with ENOSYS");
    check_errno(rt_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 999, 0), EBADF,
                "mmap of a bad fd fails with EBADF");
    struct rt_stat64 st;
    check_errno(rt_stat64("/nonexistent-runner-test-dir/missing", &st), ENOENT,
                "stat64 of a missing file fails with ENOENT");
}

/* ---- file I/O ---- */

static void test_file_io(void) {
    rt_unlink(path); /* leftover of a crashed run with the same pid */

    long fd = rt_openat(AT_FDCWD, path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (!check(fd >= 0, "openat(AT_FDCWD, O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC) creates the file")) {
        return;
    }
    check(rt_fcntl((int)fd, F_GETFD, 0) == FD_CLOEXEC, "O_CLOEXEC sets FD_CLOEXEC (fcntl F_GETFD)");
    check_errno(rt_openat(AT_FDCWD, path, O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST,
                "openat with O_CREAT|O_EXCL on an existing file fails with EEXIST");

    check(rt_write((int)fd, content, 10) == 10, "write of 10 bytes to the file");
    struct rt_iovec iov[2] = {{content + 10, 3}, {content + 13, 5}};
    check(rt_writev((int)fd, iov, 2) == 8, "writev of 3+5 bytes to the file");
    check_errno(rt_write((int)fd, (const void *)0x10, 4), EFAULT,
                "write from a bad pointer (0x10) fails with EFAULT");

    check(rt_lseek((int)fd, 0, SEEK_CUR) == 18, "lseek(0, SEEK_CUR) reports offset 18");
    check(rt_lseek((int)fd, 0, SEEK_END) == 18, "lseek(0, SEEK_END) returns the size 18");
    check(rt_lseek((int)fd, 4, SEEK_SET) == 4, "lseek(4, SEEK_SET) returns 4");
    char buf[32];
    memset(buf, 0, sizeof buf);
    check(rt_read((int)fd, buf, 6) == 6 && memcmp(buf, "456789", 6) == 0,
          "read after lseek returns the bytes written at that offset");
    check(rt_lseek((int)fd, -3, SEEK_CUR) == 7, "lseek(-3, SEEK_CUR) returns 7");
    check(rt_lseek((int)fd, -2, SEEK_END) == 16, "lseek(-2, SEEK_END) returns 16");
    memset(buf, 0, sizeof buf);
    check(rt_read((int)fd, buf, sizeof buf) == 2 && memcmp(buf, "gh", 2) == 0,
          "read near the end returns only the remaining 2 bytes");
    check(rt_read((int)fd, buf, sizeof buf) == 0, "read at end of file returns 0");
    rt_lseek((int)fd, 0, SEEK_SET);
    check_errno(rt_read((int)fd, (void *)0x10, 4), EFAULT,
                "read into an unmapped pointer (0x10) fails with EFAULT");

    struct rt_stat64 st;
    memset(&st, 0xff, sizeof st);
    check(rt_fstat64((int)fd, &st) == 0, "fstat64 on the file succeeds");
    check(st.st_size == 18, "fstat64 st_size is 18");
    check((st.st_mode & S_IFMT) == S_IFREG, "fstat64 st_mode is S_IFREG");
    check((st.st_mode & 0777) == 0600, "fstat64 permission bits are 0600");
    uint64_t ino = st.st_ino;

    struct rt_winsize ws;
    check_errno(rt_ioctl((int)fd, TIOCGWINSZ, &ws), ENOTTY,
                "ioctl(TIOCGWINSZ) on a regular file fails with ENOTTY");

    check(rt_close((int)fd) == 0, "close of the file succeeds");
    check_errno(rt_close((int)fd), EBADF, "second close of the same fd fails with EBADF");

    memset(&st, 0xff, sizeof st);
    check(rt_stat64(path, &st) == 0, "stat64 on the file succeeds");
    check(st.st_size == 18 && (st.st_mode & S_IFMT) == S_IFREG,
          "stat64 reports size 18 and S_IFREG");
    check(st.st_ino == ino, "stat64 and fstat64 report the same st_ino");
    memset(&st, 0xff, sizeof st);
    check(rt_lstat64(path, &st) == 0 && st.st_size == 18 && (st.st_mode & S_IFMT) == S_IFREG,
          "lstat64 reports size 18 and S_IFREG");
    memset(&st, 0xff, sizeof st);
    check(rt_stat64("/tmp", &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR,
          "stat64(\"/tmp\") reports S_IFDIR");

    check_errno(rt_open(path, O_RDONLY | O_DIRECTORY, 0), ENOTDIR,
                "open of a file with O_DIRECTORY fails with ENOTDIR");
    long dfd = rt_open("/tmp", O_RDONLY | O_DIRECTORY, 0);
    check(dfd >= 0, "open(\"/tmp\", O_DIRECTORY) succeeds");
    if (dfd >= 0) {
        rt_close((int)dfd);
    }

    fd = rt_open(path, O_RDONLY, 0);
    if (check(fd >= 0, "open of the file read-only succeeds")) {
        check(rt_fcntl((int)fd, F_GETFD, 0) == 0, "fd opened without O_CLOEXEC has no FD_CLOEXEC");
        memset(buf, 0, sizeof buf);
        check(rt_read((int)fd, buf, sizeof buf) == (long)CONTENT_LEN &&
                  memcmp(buf, content, CONTENT_LEN) == 0,
              "read back the whole file content");
        check_errno(rt_write((int)fd, "x", 1), EBADF, "write to a read-only fd fails with EBADF");

        long m = rt_mmap(NULL, CONTENT_LEN, PROT_READ, MAP_PRIVATE, (int)fd, 0);
        if (check(m > 0 && (m & (long)(PAGE - 1)) == 0,
                  "file-backed mmap returns a page-aligned address")) {
            const char *p = (const char *)m;
            check(memcmp(p, content, CONTENT_LEN) == 0, "file-backed mmap shows the file content");
            check(p[CONTENT_LEN] == 0 && p[PAGE - 1] == 0,
                  "file-backed mmap is zero-filled after end of file");
            check(rt_munmap((void *)m, CONTENT_LEN) == 0, "munmap of the file mapping");
        }
        rt_close((int)fd);
    }

    fd = rt_open(path, O_WRONLY | O_TRUNC, 0);
    if (check(fd >= 0, "open with O_TRUNC succeeds")) {
        memset(&st, 0xff, sizeof st);
        check(rt_fstat64((int)fd, &st) == 0 && st.st_size == 0, "O_TRUNC truncated the file to 0");
        rt_close((int)fd);
    }

    check(rt_unlink(path) == 0, "unlink of the file succeeds");
    check_errno(rt_stat64(path, &st), ENOENT, "stat64 after unlink fails with ENOENT");
    check_errno(rt_unlink(path), ENOENT, "second unlink fails with ENOENT");
}

/* ---- anonymous memory ---- */

static void test_memory(void) {
    long m = rt_mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0);
    if (!check(m > 0 && (m & (long)(PAGE - 1)) == 0,
               "anonymous mmap (MAP_ANON|MAP_PRIVATE) returns a page-aligned address")) {
        return;
    }
    volatile unsigned char *p = (volatile unsigned char *)m;
    int zero = 1;
    for (unsigned long i = 0; i < 2 * PAGE; i++) {
        if (p[i] != 0) {
            zero = 0;
        }
    }
    check(zero, "anonymous mapping is zero-filled");
    for (unsigned long i = 0; i < 2 * PAGE; i++) {
        p[i] = (unsigned char)(i * 7 + 1);
    }
    int same = 1;
    for (unsigned long i = 0; i < 2 * PAGE; i++) {
        if (p[i] != (unsigned char)(i * 7 + 1)) {
            same = 0;
        }
    }
    check(same, "anonymous mapping reads back what was written");
    check(rt_mprotect((void *)m, PAGE, PROT_READ) == 0, "mprotect(PROT_READ) succeeds");
    check(p[5] == (unsigned char)(5 * 7 + 1), "read-only page is still readable");
    check(rt_mprotect((void *)m, PAGE, PROT_READ | PROT_WRITE) == 0,
          "mprotect(PROT_READ|PROT_WRITE) succeeds");
    p[5] = 0xaa;
    check(p[5] == 0xaa, "page is writable again");
    check(rt_munmap((void *)m, 2 * PAGE) == 0, "munmap of the anonymous mapping");
}

/* ---- process / system information ---- */

static void test_info(long pid) {
    check(rt_issetugid() == 0, "issetugid returns 0");

    unsigned char rnd[300];
    memset(rnd, 0, sizeof rnd);
    int nonzero = 0;
    check(rt_getentropy(rnd, 32) == 0, "getentropy of 32 bytes succeeds");
    for (int i = 0; i < 32; i++) {
        nonzero |= rnd[i];
    }
    check(nonzero != 0, "getentropy filled the buffer (not all zero)");
    check(rnd[32] == 0, "getentropy wrote only 32 bytes");
    check(rt_getentropy(rnd, 256) == 0, "getentropy of 256 bytes succeeds");
    check_errno(rt_getentropy(rnd, 257), EINVAL, "getentropy of 257 bytes fails with EINVAL");

    uint32_t flags = 0;
    check(rt_csops(pid, CS_OPS_STATUS, &flags, sizeof flags) == 0,
          "csops(getpid(), CS_OPS_STATUS) succeeds");

    char buf[256];
    size_t len;
    int mib[2];

    mib[0] = CTL_KERN;
    mib[1] = KERN_OSTYPE;
    len = 0;
    check(rt_sysctl(mib, 2, NULL, &len, NULL, 0) == 0 && len == 7,
          "sysctl kern.ostype size query returns 7");
    memset(buf, 0, sizeof buf);
    len = sizeof buf;
    check(rt_sysctl(mib, 2, buf, &len, NULL, 0) == 0 && len == 7 && rt_streq(buf, "Darwin"),
          "sysctl kern.ostype is \"Darwin\"");

    mib[1] = KERN_OSRELEASE;
    memset(buf, 0, sizeof buf);
    len = sizeof buf;
    check(rt_sysctl(mib, 2, buf, &len, NULL, 0) == 0 && len >= 2 && len <= sizeof buf &&
              buf[len - 1] == '\0' && buf[0] >= '0' && buf[0] <= '9',
          "sysctl kern.osrelease is non-empty and starts with a digit");

    uint64_t value;
    mib[0] = CTL_HW;
    mib[1] = HW_PAGESIZE;
    value = 0;
    len = sizeof value;
    check(rt_sysctl(mib, 2, &value, &len, NULL, 0) == 0 && len == 4 && value == 4096,
          "sysctl {CTL_HW, HW_PAGESIZE} is the int 4096");

    mib[1] = HW_NCPU;
    value = 0;
    len = sizeof value;
    check(rt_sysctl(mib, 2, &value, &len, NULL, 0) == 0 && len == 4 && value >= 1,
          "sysctl {CTL_HW, HW_NCPU} is an int >= 1");

    static const char name[] = "hw.pagesize";
    value = 0;
    len = sizeof value;
    check(rt_sysctlbyname(name, sizeof name - 1, &value, &len, NULL, 0) == 0 && len == 8 &&
              value == 4096,
          "sysctlbyname(\"hw.pagesize\") is the 64-bit value 4096");
}

/* ---- thread-specific data via %gs ---- */

static uint64_t tsd[8];

static void test_tsd(void) {
    tsd[0] = (uint64_t)(uintptr_t)tsd;
    tsd[1] = 0x1122334455667788ULL;
    tsd[2] = 0x0badc0ffee0ddf00ULL;
    rt_mdep_call1(MDEP_thread_fast_set_cthread_self, (long)(uintptr_t)tsd);
    uint64_t v0, v1, v2;
    __asm__ volatile("movq %%gs:0, %0" : "=r"(v0));
    __asm__ volatile("movq %%gs:8, %0" : "=r"(v1));
    __asm__ volatile("movq %%gs:16, %0" : "=r"(v2));
    check(v0 == tsd[0], "after thread_fast_set_cthread_self, %gs:0 reads tsd[0]");
    check(v1 == 0x1122334455667788ULL && v2 == 0x0badc0ffee0ddf00ULL,
          "after thread_fast_set_cthread_self, %gs:8 and %gs:16 read tsd[1] and tsd[2]");
    tsd[1] = 42;
    __asm__ volatile("movq %%gs:8, %0" : "=r"(v1) : : "memory");
    check(v1 == 42, "%gs-relative reads see later stores to the array");
}

int main(int argc, char **argv, char **envp, char **apple) {
    (void)argc;
    (void)argv;
    (void)envp;
    (void)apple;

    static const char hello[] = "static_syscalls: start\n";
    check(rt_write(1, hello, sizeof hello - 1) == (long)(sizeof hello - 1),
          "write to stdout returns the byte count");

    long pid = rt_getpid();
    check(pid > 0, "getpid returns a positive pid");
    build_path(pid);

    test_registers_low();
    test_registers_high();
    test_errors();
    test_file_io();
    test_memory();
    test_info(pid);
    test_tsd();

    if (rt_status() == 0) {
        rt_puts("static_syscalls: all checks passed\n");
    } else {
        rt_puts("static_syscalls: SOME CHECKS FAILED\n");
    }
    return rt_status();
}
