#!/usr/bin/env bash
# carddesk-server on a throwaway PostgreSQL cluster, with the console's demo data.
#
#   scripts/server-demo.sh [--customers N] [--port PORT] [--password PW]
#
# Creates a PostgreSQL cluster in a temporary folder (loopback only, on a free
# port, as the "postgres" user when run as root), makes the database, seeds
# N demo customers with the console's own generator (carddesk --seed-demo),
# imports them into the server (carddesk-server --import-sqlite, which also
# creates the demo agents with the password), starts the server and prints
# where it listens and how to sign in. Ctrl+C stops the server and the
# cluster and removes the folder. Nothing outside the folder is touched.
#
# Binaries come from $CARDDESK_BUILD_DIR (default: build/), as scripts/dev.sh
# builds them; PostgreSQL from /usr/lib/postgresql/<newest>/bin or
# $CARDDESK_PG_BINDIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CARDDESK_BUILD_DIR:-$ROOT/build}"
CUSTOMERS=20000
PORT=8080
PASSWORD="carddesk-demo"

while [ $# -gt 0 ]; do
    case "$1" in
        --customers) CUSTOMERS="$2"; shift 2 ;;
        --port) PORT="$2"; shift 2 ;;
        --password) PASSWORD="$2"; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "server-demo.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'server-demo.sh: %s\n' "$*" >&2; exit 1; }

SERVER="$BUILD/server/carddesk-server"
CONSOLE="$BUILD/carddesk"
[ -x "$SERVER" ] || die "$SERVER is not built: run scripts/dev.sh build (or set CARDDESK_BUILD_DIR)"
[ -x "$CONSOLE" ] || die "$CONSOLE is not built: run scripts/dev.sh build (or set CARDDESK_BUILD_DIR)"
[ "${#PASSWORD}" -ge 8 ] || die "--password needs at least 8 characters"

# shellcheck source=lib/pgcluster.sh
. "$ROOT/scripts/lib/pgcluster.sh"

WORK="$(mktemp -d /tmp/carddesk-demo-XXXXXX)"
SERVER_PID=""

cleanup() {
    trap - INT TERM EXIT
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    pg_cluster_stop
    rm -rf "$WORK"
    say "Stopped; removed $WORK"
}
trap cleanup INT TERM EXIT

pg_cluster_start "$WORK"
DATABASE="$PG_URL"
say "PostgreSQL cluster in $WORK on 127.0.0.1:$PG_PORT"

say "Seeding $CUSTOMERS demo customers (carddesk --seed-demo)"
QT_QPA_PLATFORM=offscreen "$CONSOLE" --seed-demo "$CUSTOMERS" --data-dir "$WORK/console"

say "Importing them into the server's database"
"$SERVER" --database "$DATABASE" --import-sqlite "$WORK/console/carddesk.sqlite" --demo-password "$PASSWORD" \
    2>"$WORK/import.log" || { cat "$WORK/import.log" >&2; die "import failed"; }
rm -rf "$WORK/console"

say "Starting carddesk-server"
"$SERVER" --database "$DATABASE" --listen "127.0.0.1:$PORT" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do
    grep -q '"event":"listening"' "$WORK/server.log" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; die "carddesk-server stopped"; }
    sleep 0.1
done
grep -q '"event":"listening"' "$WORK/server.log" || die "carddesk-server did not start listening"

cat <<EOF

  CardDesk API   http://127.0.0.1:$PORT/v1   (health: curl http://127.0.0.1:$PORT/v1/health)
  Database       $DATABASE
  Server log     $WORK/server.log (one JSON line per request)

  Demo agents (password: $PASSWORD)
    aino.lehtonen, jukka.salminen, emma.heikkinen, laura.kallio, ville.rantanen,
    oskar.lindqvist, sara.nyberg, johan.eriksson, ingrid.haugen, lars.solberg   (agent)
    riikka.nurmi, henrik.dahl                                                  (supervisor)

  Sign in:  curl -s -X POST http://127.0.0.1:$PORT/v1/sessions -H 'Content-Type: application/json' \\
              -d '{"username":"aino.lehtonen","password":"$PASSWORD"}'
  Console:  CARDDESK_PASSWORD=$PASSWORD $CONSOLE --server http://127.0.0.1:$PORT --agent aino.lehtonen \\
              --data-dir "\$(mktemp -d)"   (a second console: another --agent and --data-dir)

  Ctrl+C stops the server and PostgreSQL and removes $WORK.
EOF
wait "$SERVER_PID"
