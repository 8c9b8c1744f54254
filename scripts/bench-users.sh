#!/usr/bin/env bash
# Users area benchmark (issue 4): seeds the demo platforms (default 1M people, ~8 GB, ~4 min)
# into a throwaway PostgreSQL, then runs bench_userprofile: time from choosing a person with at
# least 50k events to all profile data ready (median of 20), and the longest GUI-thread stall
# while a profile and a dashboard load. Assumes the build exists.
#   scripts/bench-users.sh [--users N] [--rounds R] [--build DIR] [--database NAME]
# --database reuses an already seeded database of the current libpq environment instead.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
users=1000000
rounds=20
build="$root/build"
database=""
while [ $# -gt 0 ]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --database) database=$2; shift 2 ;;
        *) echo "usage: $0 [--users N] [--rounds R] [--build DIR] [--database NAME]" >&2; exit 2 ;;
    esac
done
cli="$build/app/zhiqiao-cli"
bench="$build/tests/bench_userprofile"
for f in "$cli" "$bench"; do
    [ -x "$f" ] || { echo "$f not found: build first (cmake --build $build)" >&2; exit 1; }
done

if [ -z "$database" ]; then
    # shellcheck source=pg-sandbox.sh
    . "$here/pg-sandbox.sh"
    trap zq_pg_stop EXIT INT TERM
    zq_pg_start
    database=zq_bench_users
    psql -qX -c "CREATE DATABASE $database" >/dev/null
    echo "seeding $users users..."
    "$cli" demo seed --users "$users" --seed 1 --dsn "dbname=$database" | tail -n 1
fi
time_cmd=()
[ -x /usr/bin/time ] && time_cmd=(/usr/bin/time -f "bench peak RSS %M KB")
QT_QPA_PLATFORM=offscreen "${time_cmd[@]}" "$bench" --database "$database" --rounds "$rounds"
