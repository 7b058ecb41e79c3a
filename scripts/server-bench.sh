#!/usr/bin/env bash
# carddesk-server under load: wrk against the server on PostgreSQL with the
# console's demo dataset, results into docs/benchmarks.md.
#
#   scripts/server-bench.sh [--customers N] [--data-dir DIR] [--duration S]
#                           [--connections N] [--think MS] [--output FILE]
#
# Builds nothing: carddesk and carddesk-server come from $CARDDESK_BUILD_DIR
# (default build/). Steps:
#  1. the dataset: N customers (default 1,000,000) made by the console's own
#     generator (carddesk --seed-demo N --demo-conversations 0), kept in
#     --data-dir (default <build dir>/server-bench-data) so that a re-run
#     does not make it again;
#  2. a throwaway PostgreSQL cluster on loopback (scripts/lib/pgcluster.sh),
#     the dataset imported (carddesk-server --import-sqlite), VACUUM ANALYZE;
#  3. carddesk-server, 50 bench agents created and signed in (tokens);
#  4. wrk (tests/bench/wrk/*.lua), --connections concurrent connections, 2
#     threads, --duration seconds per run: customer search with queries taken
#     from the dataset, closed loop (each connection sends its next request
#     when the answer arrives: the server's saturation) and paced (agents
#     that wait --think ms, or 250 ms, on average between searches); the same
#     with the table rewritten in customer-number order (the import writes it
#     in name order); card lock/unlock commands (Idempotency-Key, If-Match)
#     for the write path; and the naive baseline, the same search with its
#     indexes dropped;
#  5. a section of --output (default docs/benchmarks.md) between the
#     server-bench marker comments, replaced; the rest of the file is kept.
#     --output - prints the section instead.
# Every cluster, server and folder it makes is removed at the end, also on
# Ctrl+C; the dataset in --data-dir stays.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CARDDESK_BUILD_DIR:-$ROOT/build}"
CUSTOMERS=1000000
DATA_DIR=""
DURATION=30
WARMUP=10
CONNECTIONS=50
THREADS=2
AGENTS=50
THINK_MS=1000
OUTPUT="$ROOT/docs/benchmarks.md"
PASSWORD="carddesk-bench-$$"
COMMAND="scripts/server-bench.sh $*"

usage() { sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case "$1" in
        --customers) CUSTOMERS="$2"; shift 2 ;;
        --data-dir) DATA_DIR="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --think) THINK_MS="$2"; shift 2 ;;
        --output) OUTPUT="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "server-bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'server-bench.sh: %s\n' "$*" >&2; exit 1; }
is_number() { [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -gt 0 ]; }

is_number "$CUSTOMERS" || die "--customers needs a number above 0"
is_number "$DURATION" || die "--duration needs a number of seconds above 0"
is_number "$CONNECTIONS" || die "--connections needs a number above 0"
is_number "$THINK_MS" || die "--think needs a number of milliseconds above 0"
[ "$CONNECTIONS" -ge "$THREADS" ] || die "--connections must be at least $THREADS (wrk threads)"
SERVER="$BUILD/server/carddesk-server"
CONSOLE="$BUILD/carddesk"
WRK_DIR="$ROOT/tests/bench/wrk"
[ -x "$SERVER" ] || die "$SERVER is not built (cmake --build <dir> --target carddesk-server; set CARDDESK_BUILD_DIR)"
[ -x "$CONSOLE" ] || die "$CONSOLE is not built (cmake --build <dir> --target carddesk; set CARDDESK_BUILD_DIR)"
for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install $tool)"
done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian: apt-get install time): it measures wrk's own CPU"
DATA_DIR="${DATA_DIR:-$BUILD/server-bench-data}"

# shellcheck source=lib/pgcluster.sh
. "$ROOT/scripts/lib/pgcluster.sh"

WORK="$(mktemp -d /tmp/carddesk-bench-XXXXXX)"
SERVER_PID=""
cleanup() {
    local status=$?
    trap - INT TERM EXIT
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    pg_cluster_stop
    rm -rf "$WORK"
    say "Stopped the server and PostgreSQL; removed $WORK"
    exit "$status"
}
trap cleanup INT TERM EXIT

RESULTS="$WORK/results.jsonl"   # one JSON object per line, read by the report
: >"$RESULTS"
record() { printf '%s\n' "$1" >>"$RESULTS"; }
json_string() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$1"; }
now_ms() { date +%s%3N; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

# ---------------------------------------------------------------- dataset
SEED_DIR="$DATA_DIR/customers-$CUSTOMERS"
SEED_DB="$SEED_DIR/carddesk.sqlite"
if [ -f "$SEED_DB" ] && [ -f "$SEED_DIR/generated.json" ]; then
    say "Dataset: reusing $SEED_DB"
    record "{\"kind\":\"dataset\",\"reused\":true,$(sed -e 's/^{//' -e 's/}$//' "$SEED_DIR/generated.json")}"
else
    say "Dataset: generating $CUSTOMERS customers (carddesk --seed-demo, no inbox) into $SEED_DIR"
    mkdir -p "$DATA_DIR"
    rm -rf "$SEED_DIR.partial"
    started=$(now_ms)
    QT_QPA_PLATFORM=offscreen nice "$CONSOLE" --seed-demo "$CUSTOMERS" --demo-conversations 0 \
        --data-dir "$SEED_DIR.partial" >&2 || die "carddesk --seed-demo failed"
    rm -rf "$SEED_DIR"
    mv "$SEED_DIR.partial" "$SEED_DIR"
    printf '{"seconds":%s,"date":"%s"}\n' "$(( ($(now_ms) - started) / 1000 ))" "$(date -u +%F)" \
        >"$SEED_DIR/generated.json"
    record "{\"kind\":\"dataset\",\"reused\":false,$(sed -e 's/^{//' -e 's/}$//' "$SEED_DIR/generated.json")}"
fi

# ---------------------------------------------------------------- PostgreSQL
# shared_buffers etc. as for a server with this much data; everything else
# is PostgreSQL's default (fsync and synchronous_commit on).
PG_SETTINGS="-c shared_buffers=1GB -c effective_cache_size=4GB -c maintenance_work_mem=512MB -c max_wal_size=4GB"
pg_cluster_start "$WORK" "$PG_SETTINGS"
say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') in $WORK on 127.0.0.1:$PG_PORT"

say "Importing the dataset (carddesk-server --import-sqlite)"
started=$(now_ms)
"$SERVER" --database "$PG_URL" --import-sqlite "$SEED_DB" --demo-password "$PASSWORD" 2>"$WORK/import.log" \
    || { tail -n 5 "$WORK/import.log" >&2; die "import failed"; }
import_seconds=$(( ($(now_ms) - started) / 1000 ))
started=$(now_ms)
pg_psql -c "VACUUM ANALYZE" >/dev/null
vacuum_seconds=$(( ($(now_ms) - started) / 1000 ))
counts=$(pg_psql -At -F ' ' -c "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM cards),
                                       (SELECT count(*) FROM transactions),
                                       pg_size_pretty(pg_database_size(current_database()))")
read -r n_customers n_cards n_transactions db_size_value db_size_unit <<<"$counts"
record "{\"kind\":\"import\",\"seconds\":$import_seconds,\"vacuumSeconds\":$vacuum_seconds,\"customers\":$n_customers,\"cards\":$n_cards,\"transactions\":$n_transactions,\"databaseSize\":\"$db_size_value $db_size_unit\"}"

say "Creating $AGENTS bench agents"
for i in $(seq -w 1 "$AGENTS"); do
    printf '%s\n' "$PASSWORD" | "$SERVER" --database "$PG_URL" --add-agent "bench.agent$i" --role agent \
        --display-name "Bench Agent $i" 2>>"$WORK/agents.log" >/dev/null \
        || { tail -n 3 "$WORK/agents.log" >&2; die "could not create bench.agent$i"; }
done

# ---------------------------------------------------------------- the server
API_PORT="$(pg_free_port)"
BASE="http://127.0.0.1:$API_PORT"
"$SERVER" --database "$PG_URL" --listen "127.0.0.1:$API_PORT" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do
    grep -q '"event":"listening"' "$WORK/server.log" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 5 "$WORK/server.log" >&2; die "carddesk-server stopped"; }
    sleep 0.1
done
grep -q '"event":"listening"' "$WORK/server.log" || die "carddesk-server did not start listening"
WORKERS=$(grep '"event":"listening"' "$WORK/server.log" | python3 -c 'import json, sys; print(json.loads(sys.stdin.readline())["workers"])')
say "carddesk-server on $BASE ($WORKERS database workers)"

say "Signing in $AGENTS agents"
TOKENS="$WORK/tokens.txt"
: >"$TOKENS"
for i in $(seq -w 1 "$AGENTS"); do
    curl -sf -X POST "$BASE/v1/sessions" -H 'Content-Type: application/json' \
        -d "{\"username\":\"bench.agent$i\",\"password\":\"$PASSWORD\"}" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])' >>"$TOKENS" \
        || die "bench.agent$i could not sign in"
done
TOKEN1=$(head -n 1 "$TOKENS")

# ---------------------------------------------------------------- the queries
# From the dataset, chosen by hash (the same on every run of one dataset):
# what agents type to find a caller.
say "Choosing search queries from the dataset"
pg_psql -At -F $'\t' >"$WORK/queries.tsv" <<'SQL'
WITH
common AS (SELECT last_name, count(*) n FROM customers GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 6),
rare AS (SELECT last_name FROM customers GROUP BY 1 HAVING count(*) <= 3 ORDER BY md5(last_name) LIMIT 3),
firsts AS (SELECT first_name, count(*) n FROM customers GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 4),
firsts_mid AS (SELECT first_name FROM (SELECT first_name, count(*) n FROM customers GROUP BY 1) s
               WHERE n BETWEEN 500 AND 3000 ORDER BY md5(first_name) LIMIT 3),
sample AS (SELECT * FROM customers WHERE phone_e164 LIKE '+%' ORDER BY md5(id::text) LIMIT 40),
national AS (SELECT CASE WHEN phone_e164 LIKE '+47%' THEN substr(phone_e164, 4)
                         WHEN phone_e164 LIKE '+358%' THEN '0' || substr(phone_e164, 5)
                         ELSE '0' || substr(phone_e164, 4) END AS digits, phone_e164
             FROM (SELECT * FROM sample OFFSET 4 LIMIT 6) s),
cards_sample AS (SELECT last4 FROM cards ORDER BY md5(id::text) LIMIT 6)
SELECT 'common surname', last_name FROM common
UNION ALL SELECT 'surname, first 4 letters', left(last_name, 4) FROM (SELECT last_name FROM common LIMIT 4) p
UNION ALL SELECT 'rare surname', last_name FROM rare
UNION ALL SELECT 'first name', first_name FROM firsts
UNION ALL SELECT 'first name', first_name FROM firsts_mid
UNION ALL SELECT 'first and last name', first_name || ' ' || last_name FROM (SELECT * FROM sample LIMIT 4) s
UNION ALL SELECT 'phone number', digits FROM (SELECT * FROM national LIMIT 2) n
UNION ALL SELECT 'phone number', phone_e164 FROM (SELECT * FROM national OFFSET 2 LIMIT 1) n
UNION ALL SELECT 'part of a phone number', substr(digits, 4, 6) FROM (SELECT * FROM national OFFSET 3 LIMIT 3) n
UNION ALL SELECT 'card last four', last4 FROM cards_sample
UNION ALL SELECT 'e-mail', split_part(email, '@', 1) FROM (SELECT * FROM sample OFFSET 10 LIMIT 2) s
UNION ALL SELECT 'customer number', customer_number FROM (SELECT * FROM sample OFFSET 12 LIMIT 2) s;
SQL
cut -f2 "$WORK/queries.tsv" >"$WORK/queries.txt"
[ "$(wc -l <"$WORK/queries.txt")" -ge 20 ] || die "the dataset gave too few queries ($(wc -l <"$WORK/queries.txt"))"

# Each query alone (no other load): the first page must have customers;
# its server time (the request log's ms) is the median of 5.
say "Checking each query alone"
python3 - "$BASE" "$TOKEN1" "$WORK/queries.tsv" "$WORK/server.log" >>"$RESULTS" <<'PY' || die "a query failed its check"
import json, sys, time, urllib.parse, urllib.request
base, token, queries, log = sys.argv[1:5]
def server_ms(request_id):
    for _ in range(50):
        with open(log, encoding="utf-8") as f:
            for line in f:
                if request_id in line and '"event":"request"' in line:
                    return json.loads(line)["ms"]
        time.sleep(0.02)
    raise SystemExit("no log line for request " + request_id)
for line in open(queries, encoding="utf-8"):
    kind, q = line.rstrip("\n").split("\t")
    url = base + "/v1/customers?limit=50&q=" + urllib.parse.quote(q)
    times, client = [], []
    for _ in range(6):
        request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
        started = time.perf_counter()
        with urllib.request.urlopen(request) as answer:
            body = json.load(answer)
            request_id = answer.headers["X-Request-Id"]
        client.append((time.perf_counter() - started) * 1000)
        times.append(server_ms(request_id))
    if not body["items"]:
        raise SystemExit("query %r found nobody" % q)
    times, client = sorted(times[1:]), sorted(client[1:])
    print(json.dumps({"kind": "query", "type": kind, "q": q, "rows": len(body["items"]),
                      "more": body["next"] is not None, "serverMs": times[2], "clientMs": round(client[2], 2)}))
PY

# ---------------------------------------------------------------- endpoints
status_of() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN1" "$@"; }
conversations_status=$(status_of "$BASE/v1/conversations?limit=50")
record "{\"kind\":\"probe\",\"path\":\"GET /v1/conversations\",\"status\":$conversations_status}"

# ---------------------------------------------------------------- wrk runs
CPU_TICKS=$(getconf CLK_TCK)
# Busy CPU ticks from /proc: the whole machine at normal priority, the whole
# machine niced (other engineers' builds run under nice: they mostly take
# what the bench leaves idle), then ours (the server, PostgreSQL).
machine_busy() { awk '/^cpu /{print $2+$4+$7+$8+$9}' /proc/stat; }
machine_niced() { awk '/^cpu /{print $3}' /proc/stat; }
# PostgreSQL's short-lived processes (parallel query workers) are counted
# through the postmaster's reaped children (cutime, cstime).
own_busy() {
    local postmaster total t pid
    postmaster=$(head -n 1 "$PG_WORK/data/postmaster.pid")
    total=$(awk '{print $14+$15+$16+$17}' "/proc/$postmaster/stat")
    for pid in $SERVER_PID $(pgrep -P "$postmaster" | tr '\n' ' '); do
        t=$(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$((total + t))
    done
    echo "$total"
}
# run_wrk NAME SCRIPT THINK_MS EXTRA_WRK_ARGS... -- SCRIPT_ARGS...
run_wrk() {
    local name="$1" script="$2" think="$3"
    shift 3
    local wrk_args=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do wrk_args+=("$1"); shift; done
    shift
    local load_before machine0 niced0 own0 started out
    load_before=$(loadavg)
    machine0=$(machine_busy)
    niced0=$(machine_niced)
    own0=$(own_busy)
    started=$(now_ms)
    say "wrk: $name (${DURATION}s, $CONNECTIONS connections)"
    out=$(CARDDESK_WRK_NAME="$name" /usr/bin/time -f 'WRK_CPU %U %S' wrk -t "$THREADS" -c "$CONNECTIONS" \
            -d "${DURATION}s" "${wrk_args[@]}" -s "$WRK_DIR/$script" "$BASE" -- "$@" 2>&1) \
        || { printf '%s\n' "$out" >&2; die "wrk failed in $name"; }
    local elapsed machine1 niced1 own1 wrk_cpu result
    elapsed=$(( $(now_ms) - started ))
    machine1=$(machine_busy)
    niced1=$(machine_niced)
    own1=$(own_busy)
    wrk_cpu=$(printf '%s\n' "$out" | awk '/^WRK_CPU/{print $2+$3}')
    result=$(printf '%s\n' "$out" | sed -n 's/^WRK_RESULT //p')
    [ -n "$result" ] || { printf '%s\n' "$out" >&2; die "wrk printed no result in $name"; }
    record "{\"kind\":\"wrk\",\"think\":$think,\"loadBefore\":$load_before,\"loadAfter\":$(loadavg),\"elapsedMs\":$elapsed,\"cores\":$(nproc),\"machineCpuS\":$(python3 -c "print(round(($machine1-$machine0)/$CPU_TICKS,2))"),\"nicedCpuS\":$(python3 -c "print(round(($niced1-$niced0)/$CPU_TICKS,2))"),\"ownCpuS\":$(python3 -c "print(round(($own1-$own0)/$CPU_TICKS,2))"),\"wrkCpuS\":${wrk_cpu:-0},\"result\":$result}"
    printf '%s\n' "$result" | python3 -c 'import json, sys; r = json.load(sys.stdin); print("    %.0f req/s, p50 %s ms, p99 %s ms, errors %s, check failures %s, statuses %s" % (r["requestsPerSecond"], r["latencyMs"]["p50"], r["latencyMs"]["p99"], sum(r["errors"].values()), r["checkFailures"], r["statuses"]))' >&2
}

search_runs() {
    local label="$1"
    run_wrk "search, $label, closed loop" search.lua 0 --timeout 10s -- "$TOKENS" "$WORK/queries.txt" 0
    run_wrk "search, $label, paced ${THINK_MS} ms" search.lua "$THINK_MS" --timeout 10s -- "$TOKENS" "$WORK/queries.txt" "$THINK_MS"
    run_wrk "search, $label, paced 250 ms" search.lua 250 --timeout 10s -- "$TOKENS" "$WORK/queries.txt" 250
}

say "Warm-up (${WARMUP}s, not reported)"
CARDDESK_WRK_NAME=warmup wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" -s "$WRK_DIR/search.lua" "$BASE" -- \
    "$TOKENS" "$WORK/queries.txt" 0 >/dev/null
search_runs "as imported"

# The import writes customers in name order. A table filled another way
# (or after years of new customers) has them in arrival order: the same
# runs with the table rewritten in customer-number order.
say "CLUSTER customers USING customers_pkey (the table in customer-number order) and VACUUM ANALYZE"
started=$(now_ms)
pg_psql -c "CLUSTER customers USING customers_pkey" -c "VACUUM ANALYZE customers" >/dev/null
record "{\"kind\":\"cluster\",\"seconds\":$(( ($(now_ms) - started) / 1000 ))}"
CARDDESK_WRK_NAME=warmup wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" -s "$WRK_DIR/search.lua" "$BASE" -- \
    "$TOKENS" "$WORK/queries.txt" 0 >/dev/null
search_runs "customer-number order"

# The write path: card lock/unlock, each agent on cards of customers it
# verified strongly (unlocking asks for that) a moment ago.
say "Verifying the callers of $((CONNECTIONS * 4)) cards for the write path"
pg_psql -At -F ' ' -c "SELECT id, customer_id, version FROM cards WHERE status = 'active'
                        ORDER BY md5(id::text) LIMIT $((CONNECTIONS * 4))" >"$WORK/cards.raw"
python3 - "$BASE" "$TOKENS" "$WORK/cards.raw" >"$WORK/cards.txt" <<'PY' || die "could not record the verifications"
import json, sys, uuid, urllib.request
base, tokens_file, cards_file = sys.argv[1:4]
tokens = [t.strip() for t in open(tokens_file) if t.strip()]
for i, line in enumerate(open(cards_file)):
    card, customer, version = line.split()
    agent = i % len(tokens)
    body = json.dumps({"method": "strong_eid", "passed": True, "cardId": int(card)}).encode()
    request = urllib.request.Request(base + "/v1/customers/%s/verifications" % customer, data=body, method="POST",
                                     headers={"Authorization": "Bearer " + tokens[agent],
                                              "Content-Type": "application/json",
                                              "Idempotency-Key": str(uuid.uuid4())})
    with urllib.request.urlopen(request) as answer:
        if answer.status != 201:
            raise SystemExit("verification of card %s: HTTP %d" % (card, answer.status))
    print(card, version, agent + 1)
PY
# Each run starts from the cards as they are now (version, locked or not).
refresh_cards() {
    pg_psql -At -F ' ' -c "SELECT id, version, status = 'locked' FROM cards
                            WHERE id IN ($(cut -d' ' -f1 "$WORK/cards.txt" | paste -sd,))" >"$WORK/cards.now"
    python3 - "$WORK/cards.txt" "$WORK/cards.now" <<'PY'
import sys
cards_file, now_file = sys.argv[1:3]
now = {}
for line in open(now_file):
    card, version, locked = line.split()
    now[card] = (version, "1" if locked == "t" else "0")
lines = [line.split() for line in open(cards_file) if line.strip()]
with open(cards_file, "w") as out:
    for card, _version, agent, *_ in lines:
        out.write("%s %s %s %s\n" % (card, now[card][0], agent, now[card][1]))
PY
}
refresh_cards
run_wrk "card lock/unlock, closed loop" cardlock.lua 0 --timeout 10s -- "$TOKENS" "$WORK/cards.txt" 0 "$THREADS"
refresh_cards
run_wrk "card lock/unlock, paced ${THINK_MS} ms" cardlock.lua "$THINK_MS" --timeout 10s -- "$TOKENS" "$WORK/cards.txt" "$THINK_MS" "$THREADS"
record "{\"kind\":\"commands\",\"idempotencyKeys\":$(pg_psql -At -c "SELECT count(*) FROM idempotency_keys"),\"cardEvents\":$(pg_psql -At -c "SELECT count(*) FROM card_events"),\"audit\":$(pg_psql -At -c "SELECT count(*) FROM audit_log")}"

# The naive baseline last: the same endpoint with no index that serves the
# search (a scan of every customer for each request, then a sort).
say "Naive baseline: dropping the search indexes"
pg_psql -c "DROP INDEX customers_search_trgm" -c "DROP INDEX customers_search_order" -c "ANALYZE customers" >/dev/null
run_wrk "search, naive (no search index), closed loop" search.lua 0 --timeout 60s -- "$TOKENS" "$WORK/queries.txt" 0

# ---------------------------------------------------------------- report
say "Writing the report"
record "{\"kind\":\"machine\",\"cpu\":$(json_string "$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)"),\"cores\":$(nproc),\"memGiB\":$(awk '/MemTotal/{printf "%.1f", $2/1048576}' /proc/meminfo),\"os\":$(json_string "$(. /etc/os-release && echo "$PRETTY_NAME")"),\"kernel\":$(json_string "$(uname -r)"),\"postgres\":$(json_string "$("$PG_BIN/postgres" --version | awk '{print $3}')"),\"wrk\":$(json_string "$(wrk --version 2>&1 | head -n 1 | awk '{print $2}')"),\"pgSettings\":$(json_string "$PG_SETTINGS"),\"workers\":$WORKERS,\"connections\":$CONNECTIONS,\"threads\":$THREADS,\"duration\":$DURATION,\"agents\":$AGENTS,\"date\":$(json_string "$(date '+%Y-%m-%d %H:%M %Z')"),\"command\":$(json_string "$COMMAND")}"
python3 "$ROOT/scripts/lib/server_bench_report.py" "$RESULTS" "$OUTPUT"
