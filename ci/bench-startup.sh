#!/usr/bin/env bash
# Start-up benchmark: `runner test_binaries/static_hello` against the same
# program built natively for Linux, measured in the same run. Prints the
# mean wall time of each and their ratio. Not a test: nothing is asserted.
#
#   ci/bench-startup.sh [ITERATIONS]      (default 300)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-300}"
cd "$ROOT"
cargo build --release -q -p runner_macos_on_linux
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cat > "$WORK/hello.c" <<'C'
#include <unistd.h>
int main(void) { write(1, "Hello, World!\n", 14); return 0; }
C
cc -O2 -static -o "$WORK/hello" "$WORK/hello.c" 2>/dev/null || cc -O2 -o "$WORK/hello" "$WORK/hello.c"

mean_us() {
    local start end i
    start=$(date +%s%N)
    for ((i = 0; i < N; i++)); do "$@" >/dev/null; done
    end=$(date +%s%N)
    echo $(((end - start) / N / 1000))
}
mean_us "$WORK/hello" >/dev/null # warm the page cache
native=$(mean_us "$WORK/hello")
guest=$(mean_us target/release/runner test_binaries/static_hello)
traced=$(mean_us target/release/runner --trace-output /dev/null test_binaries/static_hello)
echo "start-up, mean of $N runs:"
echo "  native Linux hello:          ${native} us"
echo "  runner static_hello:         ${guest} us"
echo "  runner --trace static_hello: ${traced} us"
awk -v g="$guest" -v n="$native" -v t="$traced" 'BEGIN {
    printf "  ratio runner/native:         %.1fx\n", g / (n > 0 ? n : 1)
    printf "  ratio traced/untraced:       %.2fx\n", t / (g > 0 ? g : 1)
}'
