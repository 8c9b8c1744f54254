# shellcheck shell=bash
# A throwaway PostgreSQL for the demo and the tests: a temporary directory, a free loopback port,
# a non-root server user, scram password auth, stopped and removed by zq_pg_stop (callers trap it).
# Source this file, then: zq_pg_start; ...; zq_pg_stop
# Exports libpq's PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSFILE, and ZQ_PG_DIR.

zq_pg_bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
    else
        ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
    fi
}

zq_pg_free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}

zq_pg_start() {
    local bindir runas=() password port
    bindir=$(zq_pg_bindir)
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        echo "PostgreSQL server binaries not found (is the postgresql package installed?)" >&2
        return 1
    fi
    ZQ_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/zhiqiao-pg.XXXXXX")
    export ZQ_PG_DIR
    chmod 755 "$ZQ_PG_DIR"
    mkdir -p "$ZQ_PG_DIR/sock" "$ZQ_PG_DIR/log"
    if [ "$(id -u)" = 0 ]; then
        # PostgreSQL refuses to run as root: use a dedicated system user.
        id zhiqiao-pg >/dev/null 2>&1 ||
            useradd --system --no-create-home --shell /usr/sbin/nologin zhiqiao-pg
        mkdir -p "$ZQ_PG_DIR/data" "$ZQ_PG_DIR/sock" "$ZQ_PG_DIR/log"
        chown zhiqiao-pg "$ZQ_PG_DIR/data" "$ZQ_PG_DIR/sock" "$ZQ_PG_DIR/log"
        runas=(runuser -u zhiqiao-pg --)
    fi
    password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    (umask 077; printf '%s\n' "$password" >"$ZQ_PG_DIR/pwfile")
    [ ${#runas[@]} -gt 0 ] && chown zhiqiao-pg "$ZQ_PG_DIR/pwfile"
    "${runas[@]}" "$bindir/initdb" -D "$ZQ_PG_DIR/data" -U zhiqiao --pwfile="$ZQ_PG_DIR/pwfile" \
        --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$ZQ_PG_DIR/initdb.log" 2>&1 || {
        cat "$ZQ_PG_DIR/initdb.log" >&2
        return 1
    }
    rm -f "$ZQ_PG_DIR/pwfile"
    port=$(zq_pg_free_port) || return 1
    "${runas[@]}" "$bindir/pg_ctl" -D "$ZQ_PG_DIR/data" -l "$ZQ_PG_DIR/log/server.log" -w -t 60 \
        -o "-p $port -k $ZQ_PG_DIR/sock -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_wal_size=4GB -c max_connections=100" \
        start >/dev/null || {
        cat "$ZQ_PG_DIR/log/server.log" >&2
        return 1
    }
    (umask 077; printf '127.0.0.1:%s:*:zhiqiao:%s\n' "$port" "$password" >"$ZQ_PG_DIR/pgpass")
    export PGHOST=127.0.0.1 PGPORT=$port PGUSER=zhiqiao PGDATABASE=postgres
    export PGPASSFILE="$ZQ_PG_DIR/pgpass"
    ZQ_PG_RUNAS="${runas[*]}"
    export ZQ_PG_RUNAS
    echo "PostgreSQL sandbox on 127.0.0.1:$port (data in $ZQ_PG_DIR)"
}

zq_pg_stop() {
    [ -n "${ZQ_PG_DIR:-}" ] && [ -d "$ZQ_PG_DIR" ] || return 0
    local bindir
    bindir=$(zq_pg_bindir)
    # shellcheck disable=SC2086
    $ZQ_PG_RUNAS "$bindir/pg_ctl" -D "$ZQ_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$ZQ_PG_DIR"
    unset ZQ_PG_DIR
}
