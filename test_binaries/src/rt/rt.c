/*
 * rt.c - helpers of the freestanding runtime (see rt.h).
 */
#include "rt.h"

/* ---- process start ---- */

/*
 * Initial stack of a static (LC_UNIXTHREAD, no dyld) executable as built by
 * the xnu exec code:
 *
 *   sp[0]                 argc
 *   sp[1 .. argc]         argv[0 .. argc-1]
 *   sp[argc + 1]          NULL
 *   ...                   envp[...], NULL
 *   ...                   apple[...] ("executable_path=..." etc.), NULL
 *
 * (A dyld-loaded image additionally has the mach_header address below argc;
 * a static one does not.)
 */
void rt_start_c(uintptr_t *sp) {
    int argc = (int)sp[0];
    char **argv = (char **)(sp + 1);
    char **envp = argv + argc + 1;
    char **apple = envp;
    while (*apple != NULL) {
        apple++;
    }
    apple++;
    rt_exit(main(argc, argv, envp, apple));
}

/* ---- memory and string functions (the compiler may emit calls to these) ---- */

void *memset(void *dst, int c, size_t n) {
    volatile unsigned char *d = dst;
    for (size_t i = 0; i < n; i++) {
        d[i] = (unsigned char)c;
    }
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n) {
    volatile unsigned char *d = dst;
    const unsigned char *s = src;
    for (size_t i = 0; i < n; i++) {
        d[i] = s[i];
    }
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    volatile unsigned char *d = dst;
    const unsigned char *s = src;
    if ((uintptr_t)d < (uintptr_t)s) {
        for (size_t i = 0; i < n; i++) {
            d[i] = s[i];
        }
    } else {
        for (size_t i = n; i > 0; i--) {
            d[i - 1] = s[i - 1];
        }
    }
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a;
    const unsigned char *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) {
            return x[i] < y[i] ? -1 : 1;
        }
    }
    return 0;
}

size_t rt_strlen(const char *s) {
    size_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

int rt_streq(const char *a, const char *b) {
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

int rt_startswith(const char *s, const char *prefix) {
    while (*prefix != '\0') {
        if (*s != *prefix) {
            return 0;
        }
        s++;
        prefix++;
    }
    return 1;
}

const char *rt_basename(const char *path) {
    const char *base = path;
    for (const char *p = path; *p != '\0'; p++) {
        if (*p == '/' && p[1] != '\0') {
            base = p + 1;
        }
    }
    return base;
}

/* ---- output ---- */

static void write_all(int fd, const char *s, size_t n) {
    while (n > 0) {
        long r = rt_write(fd, s, n);
        if (r <= 0) {
            return;
        }
        s += r;
        n -= (size_t)r;
    }
}

void rt_puts(const char *s) { write_all(1, s, rt_strlen(s)); }

void rt_err_puts(const char *s) { write_all(2, s, rt_strlen(s)); }

void rt_putu(unsigned long v) {
    char buf[24];
    size_t i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    write_all(1, buf + i, sizeof buf - i);
}

void rt_puti(long v) {
    if (v < 0) {
        rt_puts("-");
        rt_putu(0UL - (unsigned long)v);
    } else {
        rt_putu((unsigned long)v);
    }
}

void rt_putx(unsigned long v) {
    static const char digits[] = "0123456789abcdef";
    char buf[18];
    size_t i = sizeof buf;
    do {
        buf[--i] = digits[v & 0xf];
        v >>= 4;
    } while (v != 0);
    buf[--i] = 'x';
    buf[--i] = '0';
    write_all(1, buf + i, sizeof buf - i);
}

/* ---- checks ---- */

static int failures;

int check(int cond, const char *what) {
    if (cond) {
        rt_puts("ok: ");
    } else {
        rt_puts("FAIL: ");
        failures++;
    }
    rt_puts(what);
    rt_puts("\n");
    return cond;
}

int check_errno(long r, int errno_value, const char *what) {
    int ok = check(r == -(long)errno_value, what);
    if (!ok) {
        rt_puts("    expected -");
        rt_putu((unsigned long)errno_value);
        rt_puts(", got ");
        rt_puti(r);
        rt_puts("\n");
    }
    return ok;
}

int rt_status(void) { return failures == 0 ? 0 : 1; }
