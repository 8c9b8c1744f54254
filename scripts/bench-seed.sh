#!/usr/bin/env bash
# Seeds the demo platforms into a throwaway PostgreSQL sandbox and prints the time, rows/s and
# the generator's peak memory. Assumes the build exists.
#   scripts/bench-seed.sh [--users N] [--seed S] [--build DIR]     (defaults: 100000, 1, build)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
users=100000
seed=1
build="$root/build"
while [ $# -gt 0 ]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        *) echo "usage: $0 [--users N] [--seed S] [--build DIR]" >&2; exit 2 ;;
    esac
done
cli="$build/app/zhiqiao-cli"
[ -x "$cli" ] || { echo "$cli not found: build first (cmake --build $build)" >&2; exit 1; }

# shellcheck source=pg-sandbox.sh
. "$here/pg-sandbox.sh"
trap zq_pg_stop EXIT INT TERM
zq_pg_start
psql -qX -c "CREATE DATABASE zq_bench_seed" >/dev/null

out=$(mktemp)
timing=$(mktemp)
trap 'rm -f "$out" "$timing"; zq_pg_stop' EXIT INT TERM
time_cmd=()
[ -x /usr/bin/time ] && time_cmd=(/usr/bin/time -v -o "$timing")
echo "seeding $users users (seed $seed)..."
"${time_cmd[@]}" "$cli" demo seed --users "$users" --seed "$seed" --dsn "dbname=zq_bench_seed" >"$out" 2>/dev/null
cat "$out"
if [ -s "$timing" ]; then
    grep -E 'Maximum resident set size|Elapsed \(wall clock\)|Percent of CPU' "$timing" | sed 's/^\s*/  /'
fi
echo "database size: $(psql -qXAt -d zq_bench_seed -c "SELECT pg_size_pretty(pg_database_size('zq_bench_seed'))")"
