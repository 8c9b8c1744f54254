#!/usr/bin/env bash
# Configures and builds Zhiqiao into ./build (warnings are errors; the translation check runs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ZQ_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZQ_WERROR=ON \
    -DZQ_CHECK_TRANSLATIONS=ON >/dev/null
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)"
