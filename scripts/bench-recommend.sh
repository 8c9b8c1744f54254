#!/usr/bin/env bash
# Recommendations benchmark (issue 5): seconds per iALS iteration at 64 factors, 1 thread and one
# per core, on the goodbooks ratings and on the demo dedao platform seeded with 850k people
# (~5.3 M interactions, ~2 min to seed), read through its adapter; then the evaluation tables on
# goodbooks (in-platform and cold start both ways). Assumes the build exists.
#   scripts/bench-recommend.sh [--users N] [--build DIR] [--database NAME] [--goodbooks DIR]
# --database reuses an already seeded database of the current libpq environment instead.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
users=850000
build="$root/build"
database=""
goodbooks="$root/../shared/data/goodbooks"
while [ $# -gt 0 ]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --database) database=$2; shift 2 ;;
        --goodbooks) goodbooks=$2; shift 2 ;;
        *) echo "usage: $0 [--users N] [--build DIR] [--database NAME] [--goodbooks DIR]" >&2; exit 2 ;;
    esac
done
cli="$build/app/zhiqiao-cli"
bench="$build/tests/bench_recommend"
for f in "$cli" "$bench"; do
    [ -x "$f" ] || { echo "$f not found: build first (cmake --build $build)" >&2; exit 1; }
done

if [ -z "$database" ]; then
    # shellcheck source=pg-sandbox.sh
    . "$here/pg-sandbox.sh"
    trap zq_pg_stop EXIT INT TERM
    zq_pg_start
    database=zq_bench_recommend
    psql -qX -c "CREATE DATABASE $database" >/dev/null
    echo "seeding $users users..."
    "$cli" demo seed --users "$users" --seed 1 --dsn "dbname=$database" | tail -n 1
    psql -qX -d "$database" -c "VACUUM (ANALYZE)"
fi
time_cmd=()
[ -x /usr/bin/time ] && time_cmd=(/usr/bin/time -f "bench peak RSS %M KB")
"${time_cmd[@]}" "$bench" --goodbooks "$goodbooks" --dsn "dbname=$database" --adapter dedao
echo
ZHIQIAO_LANGUAGE=en "$cli" recommend eval --goodbooks "$goodbooks" 2>/dev/null
ZHIQIAO_LANGUAGE=en "$cli" recommend eval --goodbooks "$goodbooks" --cold-start fiction:nonfiction 2>/dev/null
ZHIQIAO_LANGUAGE=en "$cli" recommend eval --goodbooks "$goodbooks" --cold-start nonfiction:fiction 2>/dev/null
