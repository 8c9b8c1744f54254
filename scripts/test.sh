#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, starts a throwaway PostgreSQL
# and runs every test (unit, integration against the real server, offscreen GUI).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh"

. "$root/scripts/pg-sandbox.sh"
trap zq_pg_stop EXIT INT TERM
zq_pg_start

export QT_QPA_PLATFORM=offscreen ZHIQIAO_NO_KEYCHAIN=1
export ZHIQIAO_SETTINGS="$ZQ_PG_DIR/test-settings.ini"
cd "${ZQ_BUILD_DIR:-$root/build}"
ctest --output-on-failure --parallel 2 "$@"
