#!/usr/bin/env bash
# Takes screenshots of the main window connected to the two demo platforms, in English and in
# Chinese, under Xvfb: docs/screenshots/main-en.png and main-zh_CN.png. Assumes a build exists.
#   scripts/screenshots.sh [output-dir]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/screenshots}
build=${ZQ_BUILD_DIR:-$root/build}
cli="$build/app/zhiqiao-cli"
mkdir -p "$out"

. "$root/scripts/pg-sandbox.sh"
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; zq_pg_stop; }
trap cleanup EXIT INT TERM
zq_pg_start
psql -qc "CREATE DATABASE zhiqiao_demo"
export PGDATABASE=zhiqiao_demo
export ZHIQIAO_SETTINGS="$ZQ_PG_DIR/demo-settings.ini" ZHIQIAO_NO_KEYCHAIN=1
"$cli" demo seed --users 2000 --seed 42 >/dev/null
"$cli" connection add --name "Dedao demo" --host "$PGHOST" --port "$PGPORT" --database zhiqiao_demo \
    --user "$PGUSER" --sslmode disable --adapter ":/adapters/dedao.json" --environment test >/dev/null
"$cli" connection add --name "Ximalaya demo" --host "$PGHOST" --port "$PGPORT" --database zhiqiao_demo \
    --user "$PGUSER" --sslmode disable --adapter ":/adapters/ximalaya.json" --environment staging >/dev/null

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb
shot() { # shot NAME LANG [ARGS...]
    local name=$1 lang=$2 app win
    shift 2
    "$build/app/zhiqiao" --connect-all --language "$lang" "$@" &
    app=$!
    sleep "${ZQ_SHOT_DELAY:-6}"
    win=$(xdotool search --onlyvisible --class zhiqiao | tail -n 1)
    import -window "${win:-root}" "$out/$name-$lang.png"
    kill "$app"; wait "$app" 2>/dev/null || true
}
for lang in en zh_CN; do
    shot main "$lang"
    shot migrations "$lang" --page migrations
done
echo "screenshots in $out"
