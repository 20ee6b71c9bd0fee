#!/usr/bin/env bash
# Installs what rebuilding the committed guest binaries needs: clang-19,
# ld64.lld-19 and llvm-lipo-19 from Debian's packages, zig from PyPI
# (pinned: the zig version is part of the reproducible build).
# `cargo test` itself needs none of this.
set -euo pipefail
ZIG_VERSION=0.17.1
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

need_apt=0
for tool in clang-19 ld64.lld-19 llvm-lipo-19; do
    command -v "$tool" >/dev/null 2>&1 || need_apt=1
done
if [ "$need_apt" = 1 ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang-19 lld-19 llvm-19 >/dev/null
fi
if [ "$(python3 -m ziglang version 2>/dev/null || true)" != "$ZIG_VERSION" ]; then
    python3 -m pip install --quiet "ziglang==$ZIG_VERSION"
fi
