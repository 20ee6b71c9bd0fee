/*
 * static_args: prints what the process was started with.
 *
 *   argc=N
 *   argv[0] basename=[...]        (basename only: the path depends on the caller)
 *   argv[i]=[...]                 for i >= 1, verbatim
 *   env=[RUNNER_TEST_...=...]     environment entries whose name starts with
 *                                 RUNNER_TEST_, sorted by byte value
 *   apple executable_path basename=[...]   for each apple[] string starting
 *                                 with "executable_path=" (basename of the value)
 *   apple executable_path missing          if there is none
 */
#include "rt/rt.h"

static int str_cmp(const char *a, const char *b) {
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return (int)(unsigned char)*a - (int)(unsigned char)*b;
}

static void print_bracketed(const char *label, const char *value) {
    rt_puts(label);
    rt_puts("[");
    rt_puts(value);
    rt_puts("]\n");
}

int main(int argc, char **argv, char **envp, char **apple) {
    static const char prefix[] = "RUNNER_TEST_";
    static const char exe_prefix[] = "executable_path=";

    rt_puts("argc=");
    rt_putu((unsigned long)argc);
    rt_puts("\n");

    for (int i = 0; i < argc; i++) {
        if (i == 0) {
            print_bracketed("argv[0] basename=", rt_basename(argv[0]));
        } else {
            rt_puts("argv[");
            rt_putu((unsigned long)i);
            print_bracketed("]=", argv[i]);
        }
    }

    /* Print the matching environment entries in sorted order (selection). */
    const char *last = NULL;
    for (;;) {
        const char *next = NULL;
        for (char **e = envp; *e != NULL; e++) {
            if (!rt_startswith(*e, prefix)) {
                continue;
            }
            if (last != NULL && str_cmp(*e, last) <= 0) {
                continue;
            }
            if (next == NULL || str_cmp(*e, next) < 0) {
                next = *e;
            }
        }
        if (next == NULL) {
            break;
        }
        print_bracketed("env=", next);
        last = next;
    }

    int found = 0;
    for (char **a = apple; *a != NULL; a++) {
        if (rt_startswith(*a, exe_prefix)) {
            print_bracketed("apple executable_path basename=",
                            rt_basename(*a + sizeof exe_prefix - 1));
            found++;
        }
    }
    if (found == 0) {
        rt_puts("apple executable_path missing\n");
    }
    return 0;
}
