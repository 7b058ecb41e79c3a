# Throwaway PostgreSQL clusters on loopback, for scripts/server-demo.sh and
# scripts/server-bench.sh. Source it from bash (set -euo pipefail); it defines
# functions and touches nothing until they are called.
#
#   pg_cluster_start WORK [extra postgres options]
#       initdb in WORK/data (owned by the "postgres" user when run as root),
#       start it on 127.0.0.1 at a free port with its socket in WORK, and
#       create the database "carddesk" for the role "carddesk" (trust auth,
#       loopback only). Sets PG_BIN, PG_PORT, PG_WORK and PG_URL
#       (postgresql://carddesk@127.0.0.1:PORT/carddesk). Dies with the log on
#       failure.
#   pg_cluster_stop
#       fast shutdown of the cluster started above, if it runs (safe to call
#       twice, and from an EXIT trap). Does not remove WORK.
#   pg_psql [psql arguments]
#       psql on that database, quiet, stopping at the first error.
#   pg_free_port
#       a free TCP port on 127.0.0.1.
#
# PostgreSQL comes from $CARDDESK_PG_BINDIR or the newest
# /usr/lib/postgresql/<version>/bin (Debian: apt-get install postgresql-15).

PG_BIN=""
PG_PORT=""
PG_WORK=""
PG_URL=""
PG_AS_USER=()

pg_die() {
    printf '%s: %s\n' "$(basename "$0")" "$*" >&2
    exit 1
}

pg_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_find_bindir() {
    PG_BIN="${CARDDESK_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
    [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] \
        || pg_die "PostgreSQL server binaries not found (Debian: apt-get install postgresql-15, or set CARDDESK_PG_BINDIR)"
}

pg_cluster_start() {
    local work="$1"
    shift
    pg_find_bindir
    PG_WORK="$work"
    PG_AS_USER=()
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || pg_die "running as root, but there is no postgres user to run PostgreSQL as"
        chown postgres: "$PG_WORK"
        PG_AS_USER=(runuser -u postgres --)
    fi
    PG_PORT="$(pg_free_port)"
    (cd "$PG_WORK" && "${PG_AS_USER[@]}" "$PG_BIN/initdb" -D "$PG_WORK/data" -U carddesk -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$PG_WORK/initdb.log" 2>&1) \
        || { cat "$PG_WORK/initdb.log" >&2; pg_die "initdb failed"; }
    # Loopback only; the socket stays in the work folder. Extra options
    # (e.g. -c shared_buffers=1GB) are passed to postgres as they are.
    (cd "$PG_WORK" && "${PG_AS_USER[@]}" "$PG_BIN/pg_ctl" -D "$PG_WORK/data" -l "$PG_WORK/postgresql.log" -w \
        -o "-h 127.0.0.1 -p $PG_PORT -k $PG_WORK $*" start >/dev/null) \
        || { cat "$PG_WORK/postgresql.log" >&2; pg_die "PostgreSQL did not start"; }
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U carddesk carddesk \
        || pg_die "createdb failed (see $PG_WORK/postgresql.log)"
    PG_URL="postgresql://carddesk@127.0.0.1:$PG_PORT/carddesk"
}

pg_cluster_stop() {
    if [ -n "$PG_WORK" ] && [ -f "$PG_WORK/data/postmaster.pid" ]; then
        (cd "$PG_WORK" && "${PG_AS_USER[@]}" "$PG_BIN/pg_ctl" -D "$PG_WORK/data" -m fast -w stop >/dev/null 2>&1) \
            || true
    fi
}

pg_psql() {
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U carddesk -d carddesk "$@"
}
