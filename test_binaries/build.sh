#!/usr/bin/env bash
# Builds the runner's test binaries from test_binaries/src and installs them
# as test_binaries/<name> (committed, no extension).
#
#   test_binaries/build.sh           build and install
#   test_binaries/build.sh --check   build into a temporary directory and fail
#                                    (listing the files) if any committed
#                                    binary differs from the fresh build
#
# The build is deterministic: no debug info, symbols of the zig-linked
# programs stripped, no absolute paths in the outputs; ld64.lld and zig
# derive LC_UUID from the output contents, so identical inputs give
# byte-identical files.
#
# Tools: clang-19 + ld64.lld-19 + llvm-lipo-19 (Debian/Ubuntu: apt-get install
# clang-19 lld-19 llvm-19), zig 0.17.1 as the Python package
# (pip install ziglang==0.17.1), cargo (builds the postlink tool).
# Override with CLANG=, LIPO=, PYTHON= if your installation names differ.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
SRC="$HERE/src"

CLANG="${CLANG:-clang-19}"
LIPO="${LIPO:-llvm-lipo-19}"
PYTHON="${PYTHON:-python3}"
ZIG_VERSION=0.17.1

STATIC_PROGRAMS=(
    static_hello
    static_args
    static_syscalls
    static_exit42
    static_segv
    static_abort
    static_linux_syscall
)
ALL_OUTPUTS=("${STATIC_PROGRAMS[@]}" hello arm64_hello fat_hello fat_arm64_only)

mode=install
case "${1-}" in
    "") ;;
    --check) mode=check ;;
    -h | --help)
        sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "usage: $0 [--check]" >&2
        exit 2
        ;;
esac

die() {
    echo "build.sh: error: $*" >&2
    exit 1
}

# ---- tool checks ----
check_tools() {
    local missing=0
    if ! command -v "$CLANG" >/dev/null 2>&1; then
        echo "build.sh: $CLANG not found; install it with: apt-get install -y clang-19 lld-19" >&2
        missing=1
    elif ! "$CLANG" --version | head -n1 | grep -Eq 'clang version 19\.'; then
        echo "build.sh: $CLANG is not clang 19.x: $("$CLANG" --version | head -n1)" >&2
        missing=1
    fi
    if ! command -v ld64.lld-19 >/dev/null 2>&1 && ! command -v ld64.lld >/dev/null 2>&1; then
        echo "build.sh: ld64.lld not found; install it with: apt-get install -y lld-19" >&2
        missing=1
    fi
    if ! command -v "$LIPO" >/dev/null 2>&1; then
        echo "build.sh: $LIPO not found; install it with: apt-get install -y llvm-19" >&2
        missing=1
    fi
    local zv
    if ! zv="$("$PYTHON" -m ziglang version 2>/dev/null)"; then
        echo "build.sh: zig not found; install it with: $PYTHON -m pip install ziglang==$ZIG_VERSION" >&2
        missing=1
    elif [[ "$zv" != "$ZIG_VERSION" ]]; then
        echo "build.sh: zig is $zv, need $ZIG_VERSION: $PYTHON -m pip install ziglang==$ZIG_VERSION" >&2
        missing=1
    fi
    if ! command -v cargo >/dev/null 2>&1; then
        echo "build.sh: cargo not found; install Rust (https://rustup.rs)" >&2
        missing=1
    fi
    [[ $missing -eq 0 ]] || die "missing or wrong tools (see above)"
}
check_tools

# ---- postlink tool ----
(cd "$ROOT" && cargo build -p macho-postlink --release --locked --quiet)
POSTLINK="${CARGO_TARGET_DIR:-$ROOT/target}/release/macho-postlink"
[[ -x "$POSTLINK" ]] || die "postlink tool not found at $POSTLINK"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/runner-test-binaries.XXXXXX")"
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/obj" "$WORK/linked" "$WORK/out"

# ---- static programs (raw syscalls, no dyld) ----
# -fno-builtin: the runtime defines memset/memcpy itself.
# No -g: no debug info, hence no paths in the binaries.
CFLAGS=(
    -target x86_64-apple-macos11
    -std=c11 -O2
    -ffreestanding -fno-builtin -nostdlib -fno-stack-protector
    -fno-unwind-tables -fno-asynchronous-unwind-tables
    -Wall -Wextra -Werror
    "-ffile-prefix-map=$SRC=."
)
LDFLAGS=(
    -target x86_64-apple-macos11
    -fuse-ld=lld -nostdlib
    -Wl,-no_pie -Wl,-e,__start -Wl,-headerpad,0x1000
)

cd "$SRC"
"$CLANG" "${CFLAGS[@]}" -c rt/start.S -o "$WORK/obj/start.o"
"$CLANG" "${CFLAGS[@]}" -c rt/rt.c -o "$WORK/obj/rt.o"
for prog in "${STATIC_PROGRAMS[@]}"; do
    "$CLANG" "${CFLAGS[@]}" -c "$prog.c" -o "$WORK/obj/$prog.o"
    (cd "$WORK/obj" && "$CLANG" "${LDFLAGS[@]}" start.o rt.o "$prog.o" -o "../linked/$prog")
    "$POSTLINK" static "$WORK/linked/$prog" "$WORK/out/$prog"
done

# ---- dynamic hello (real SDK via zig; needs dyld) ----
# -s strips the symbol table, which would otherwise carry the path of zig's
# cache object (N_OSO). The arm64 ad-hoc signature embeds the output file
# name, so the outputs are written under their final names.
cp hello.c "$WORK/obj/hello.c"
(
    cd "$WORK/out"
    "$PYTHON" -m ziglang cc -target x86_64-macos -O2 -s ../obj/hello.c -o hello
    "$PYTHON" -m ziglang cc -target aarch64-macos -O2 -s ../obj/hello.c -o arm64_hello
    # Universal files. The arm64 slice is the arm64 build of hello (the runner
    # only ever runs the x86_64 slice).
    "$LIPO" -create static_hello arm64_hello -output fat_hello
    "$LIPO" -create arm64_hello -output fat_arm64_only
)

# ---- sanity checks of the outputs ----
"$POSTLINK" verify "${STATIC_PROGRAMS[@]/#/$WORK/out/}" >/dev/null
archs() { echo $("$LIPO" -archs "$1"); } # word-split to drop lipo's trailing space
[[ "$(archs "$WORK/out/fat_hello")" == "x86_64 arm64" ]] || die "fat_hello archs"
[[ "$(archs "$WORK/out/fat_arm64_only")" == "arm64" ]] || die "fat_arm64_only archs"
for name in "${ALL_OUTPUTS[@]}"; do
    f="$WORK/out/$name"
    [[ -s "$f" ]] || die "$name was not built"
    for leak in "$HERE" "$WORK" "$HOME" "/.cache/"; do
        if grep -aqF "$leak" "$f"; then
            die "$name contains the path '$leak' (non-deterministic build)"
        fi
    done
    chmod 0755 "$f"
done

# ---- install or compare ----
if [[ $mode == install ]]; then
    for name in "${ALL_OUTPUTS[@]}"; do
        install -m 0755 "$WORK/out/$name" "$HERE/$name"
    done
    echo "build.sh: installed ${#ALL_OUTPUTS[@]} binaries in $HERE"
else
    differ=()
    for name in "${ALL_OUTPUTS[@]}"; do
        if ! cmp -s "$WORK/out/$name" "$HERE/$name"; then
            differ+=("$name")
        fi
    done
    if [[ ${#differ[@]} -ne 0 ]]; then
        echo "build.sh --check: these committed binaries differ from a fresh build:" >&2
        printf '  test_binaries/%s\n' "${differ[@]}" >&2
        echo "run test_binaries/build.sh to rebuild them" >&2
        exit 1
    fi
    echo "build.sh --check: all ${#ALL_OUTPUTS[@]} binaries are up to date"
fi
