#!/usr/bin/env bash
# Rebuilds every committed guest binary from source and fails if any differs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/ci/install-guest-toolchain.sh"
"$ROOT/test_binaries/build.sh" --check
