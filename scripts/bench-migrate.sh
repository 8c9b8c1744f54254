#!/usr/bin/env bash
# Migration benchmark (issue 3): on the demo platforms, moves orders and events (and the users
# they belong to) from 得到 to 喜马拉雅 with Zhiqiao's full migration (transform, encrypted
# backup, ledger, validation), and, side by side in the same run on the same rows, the raw pipe
#   psql -c "COPY (...) TO STDOUT (FORMAT binary)" | psql -c "COPY ... FROM STDIN (FORMAT binary)"
# The pipe goes once into bare copies of the tables (LIKE: no keys, no indexes) and once into
# copies with the source tables' keys and indexes (the migration's target tables have theirs).
# Prints rows/s of each per round, the medians and the ratios, and zhiqiao-cli's peak memory.
# Every round starts from the same seeded database (a template copy). Assumes the build exists.
#   scripts/bench-migrate.sh [--users N] [--rounds R] [--batch B] [--full] [--build DIR]
#   (defaults: 40000 users ≈ 1M orders + events, 3 rounds, batch 5000, build)
# Validation compares every target record with the ledger's hash of its transformed source record
# (`zhiqiao-cli validate`); --full also reads and transforms every source record again.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
users=40000
rounds=3
batch=5000
full=()
build="$root/build"
while [ $# -gt 0 ]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --batch) batch=$2; shift 2 ;;
        --full) full=(--full); shift ;;
        --build) build=$2; shift 2 ;;
        *) echo "usage: $0 [--users N] [--rounds R] [--batch B] [--full] [--build DIR]" >&2; exit 2 ;;
    esac
done
cli="$build/app/zhiqiao-cli"
[ -x "$cli" ] || { echo "$cli not found: build first (scripts/build.sh)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }

# shellcheck source=pg-sandbox.sh
. "$here/pg-sandbox.sh"
work=$(mktemp -d)
cleanup() { rm -rf "$work"; zq_pg_stop; }
trap cleanup EXIT INT TERM
zq_pg_start
export ZHIQIAO_SETTINGS="$work/settings.ini" ZHIQIAO_NO_KEYCHAIN=1 ZHIQIAO_BACKUP_PASSPHRASE=bench-passphrase
export ZHIQIAO_WORKSPACE="dbname=zq_bench_workspace"
export ZHIQIAO_LANGUAGE=en # the summary below greps zhiqiao-cli's English table headers
psql -qX -c "CREATE DATABASE zq_bench_workspace" >/dev/null

echo "seeding $users demo users..."
psql -qX -c "CREATE DATABASE zq_bench_tpl" >/dev/null
"$cli" demo seed --users "$users" --seed 1 --dsn "dbname=zq_bench_tpl" >/dev/null
q() { psql -qXAt -d "$1" -c "$2"; }
orders=$(q zq_bench_tpl "SELECT count(*) FROM dedao.orders")
events=$(q zq_bench_tpl "SELECT count(*) FROM dedao.user_actions")
people=$(q zq_bench_tpl "SELECT count(*) FROM dedao.users")
rows=$((orders + events))
echo "source: $people users, $orders orders, $events events ($rows orders + events)"
psql -qX -d zq_bench_tpl -c "VACUUM ANALYZE" >/dev/null

"$cli" connection add --name bench-dedao --host "$PGHOST" --port "$PGPORT" --database zq_bench_run \
    --user "$PGUSER" --adapter :/adapters/dedao.json >/dev/null
"$cli" connection add --name bench-ximalaya --host "$PGHOST" --port "$PGPORT" --database zq_bench_run \
    --user "$PGUSER" --adapter :/adapters/ximalaya.json >/dev/null
# Every user, with orders and events; no consent filter, so both sides move the same rows.
python3 - "$root/resources/plans/dedao-to-ximalaya.json" "$work/plan.json" "$batch" <<'EOF'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
plan.update({"source": "bench-dedao", "target": "bench-ximalaya", "scope": {"kind": "all"},
             "entities": ["user", "order", "event"], "require_migration_consent": False,
             "batch_size": int(sys.argv[3])})
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
EOF

fresh() {
    psql -qX -c "DROP DATABASE IF EXISTS zq_bench_run" -c "CREATE DATABASE zq_bench_run TEMPLATE zq_bench_tpl" >/dev/null
}
seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }
now() { date +%s.%N; }

raw_rates=() idx_rates=() zq_rates=() peaks=()
pipe() { # the raw binary pipe of orders and events into schema $1 (tables made by $2)
    q zq_bench_run "CREATE SCHEMA $1; CREATE TABLE $1.orders (LIKE dedao.orders $2); CREATE TABLE $1.user_actions (LIKE dedao.user_actions $2)"
    local t0 t1 copied
    t0=$(now)
    for t in orders user_actions; do
        psql -qX -d zq_bench_run -c "COPY (SELECT * FROM dedao.$t) TO STDOUT (FORMAT binary)" |
            psql -qX -d zq_bench_run -c "COPY $1.$t FROM STDIN (FORMAT binary)"
    done
    t1=$(now)
    copied=$(q zq_bench_run "SELECT (SELECT count(*) FROM $1.orders) + (SELECT count(*) FROM $1.user_actions)")
    [ "$copied" = "$rows" ] || { echo "raw pipe copied $copied rows, expected $rows" >&2; exit 1; }
    python3 -c "import sys; print(int(float(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2]))))" "$rows" "$t0" "$t1"
}
for round in $(seq 1 "$rounds"); do
    # Raw pipe: the same orders and events, binary COPY out of one table and into an empty copy:
    # bare (LIKE: no keys, no indexes), and with the source tables' keys and indexes, as any real
    # destination table has them (the target platform's tables have theirs).
    fresh
    raw=$(pipe raw "")
    idx=$(pipe raw_idx "INCLUDING ALL")

    # Zhiqiao: run (transform, backup, ledger, load) then validation.
    fresh
    run_id=$(python3 -c "import uuid; print(uuid.uuid4())")
    t2=$(now)
    /usr/bin/time -v -o "$work/time-run" "$cli" migrate run "$work/plan.json" --backup "$work/backup-$round.zqbk" \
        --run-id "$run_id" >"$work/run.log" 2>&1 || { cat "$work/run.log" >&2; exit 1; }
    t3=$(now)
    /usr/bin/time -v -o "$work/time-validate" "$cli" validate "$run_id" --plan "$work/plan.json" "${full[@]}" \
        --json "$work/report.json" >"$work/validate.log" 2>&1 || { tail -20 "$work/validate.log" >&2; exit 1; }
    t4=$(now)
    zq=$(python3 -c "import sys; print(int(float(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2]))))" "$rows" "$t2" "$t4")
    peak_run=$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time-run")
    peak_val=$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time-validate")
    raw_rates+=("$raw") idx_rates+=("$idx") zq_rates+=("$zq") peaks+=("$peak_run")
    printf 'round %d: raw pipe %d rows/s, into indexed tables %d rows/s | zhiqiao run %s s + validate %s s, %d rows/s | peak RSS run %d MB, validate %d MB\n' \
        "$round" "$raw" "$idx" \
        "$(seconds "$(python3 -c "print($t3 - $t2)")")" "$(seconds "$(python3 -c "print($t4 - $t3)")")" "$zq" \
        $((peak_run / 1024)) $((peak_val / 1024))
    rm -f "$work/backup-$round.zqbk"
done
grep -E '^(entity|user|order|event) ' "$work/run.log" || true
grep -iE '^verdict|^entity|^(user|order|event) ' "$work/validate.log" | head -5 || true
python3 - "${raw_rates[*]}" "${idx_rates[*]}" "${zq_rates[*]}" "${peaks[*]}" <<'EOF'
import statistics, sys
raw, idx, zq, peak = ([int(x) for x in a.split()] for a in sys.argv[1:5])
r, i, z = statistics.median(raw), statistics.median(idx), statistics.median(zq)
print(f"median raw pipe {r:.0f} rows/s, into indexed tables {i:.0f} rows/s, zhiqiao {z:.0f} rows/s; "
      f"ratio {z / r:.3f} to the bare pipe, {z / i:.3f} to the indexed one; "
      f"zhiqiao-cli migrate run peak RSS {max(peak) / 1024:.0f} MB")
print(f"per round: zhiqiao {' '.join(map(str, zq))}; raw {' '.join(map(str, raw))}; indexed {' '.join(map(str, idx))}")
EOF
