#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, starts a throwaway PostgreSQL,
# creates and seeds the two demo platforms, registers them as connections and opens the GUI
# connected to both. With --headless (or without a display) it prints a summary of both
# platforms through zhiqiao-cli instead. The server is stopped when this script ends.
#   scripts/demo.sh [--headless] [--users N] [--seed S]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
headless=0
users=${ZQ_DEMO_USERS:-5000}
seed=${ZQ_DEMO_SEED:-42}
while [ $# -gt 0 ]; do
    case "$1" in
        --headless) headless=1 ;;
        --users) users=$2; shift ;;
        --seed) seed=$2; shift ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
if [ $headless = 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: showing the headless summary instead (use --headless to say so)."
    headless=1
fi

"$root/scripts/setup.sh"
"$root/scripts/build.sh"
build=${ZQ_BUILD_DIR:-$root/build}
cli="$build/app/zhiqiao-cli"

. "$root/scripts/pg-sandbox.sh"
trap zq_pg_stop EXIT INT TERM
zq_pg_start
psql -qc "CREATE DATABASE zhiqiao_demo"
export PGDATABASE=zhiqiao_demo

# Profiles of this run live in the sandbox, not in the person's own settings.
export ZHIQIAO_SETTINGS="$ZQ_PG_DIR/demo-settings.ini" ZHIQIAO_NO_KEYCHAIN=1

"$cli" demo seed --users "$users" --seed "$seed"
for platform in dedao ximalaya; do
    case $platform in
        dedao) name="Dedao demo" ;;
        ximalaya) name="Ximalaya demo" ;;
    esac
    "$cli" connection add --name "$name" --host "$PGHOST" --port "$PGPORT" \
        --database zhiqiao_demo --user "$PGUSER" --sslmode disable \
        --adapter ":/adapters/$platform.json" --environment test >/dev/null
done

if [ $headless = 1 ]; then
    "$cli" summary --platform "Dedao demo" --platform "Ximalaya demo"
else
    "$build/app/zhiqiao" --connect-all
fi
