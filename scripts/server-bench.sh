#!/usr/bin/env bash
# carddesk-server under load: wrk against the server on PostgreSQL with the
# console's demo dataset, and the console's change-feed applier catching up,
# results into docs/benchmarks.md.
#
#   scripts/server-bench.sh [--customers N] [--conversations N] [--data-dir DIR]
#                           [--duration S] [--connections N] [--think MS]
#                           [--sync-changes N] [--sync-runs N] [--output FILE]
#                           [--keep-results FILE]
#
# Builds nothing: carddesk, carddesk-server and carddesk-bench come from
# $CARDDESK_BUILD_DIR (default build/). Steps:
#  1. the dataset: N customers (default 1,000,000) made by the console's own
#     generator (carddesk --seed-demo N --demo-conversations 0), then an
#     inbox of --conversations (default 200,000) added to a copy of it
#     (carddesk --seed-demo N --demo-conversations M, the generator's second
#     phase), both kept in --data-dir (default <build dir>/server-bench-data)
#     so that a re-run does not make them again;
#  2. a throwaway PostgreSQL cluster on loopback (scripts/lib/pgcluster.sh),
#     the dataset imported (carddesk-server --import-sqlite), VACUUM ANALYZE;
#  3. carddesk-server, 50 bench agents created and signed in (tokens), each
#     given 40 open conversations of the inbox (their "my open" view);
#  4. wrk (tests/bench/wrk/*.lua), --connections concurrent connections, 2
#     threads, --duration seconds per run: customer search with queries taken
#     from the dataset, closed loop (each connection sends its next request
#     when the answer arrives: the server's saturation) and paced (agents
#     that wait --think ms, or 250 ms, on average between searches); the same
#     with the table rewritten in customer-number order (the import writes it
#     in name order); the inbox list (every view, both sorts, keyset paging);
#     message post (notes, spread over 5,000 conversations, and contended on
#     5); card lock/unlock commands (Idempotency-Key, If-Match);
#  5. the client cache sync: --sync-changes (default 100,000) changes written
#     into the feed from the dataset's rows (tests/bench/sync-changes.sql),
#     then carddesk-bench --sync-bench: the console's ChangeFeed catching up
#     from the cursor before them into a fresh cache (--sync-runs times,
#     default 3, the median reported) against one transaction per change;
#  6. the naive baselines last, each the same endpoint without the index
#     that serves it: the inbox list, message post, customer search;
#  7. a section of --output (default docs/benchmarks.md) between the
#     server-bench marker comments, replaced; the rest of the file is kept.
#     --output - prints the section instead. --keep-results FILE keeps the
#     raw results (JSON lines) for scripts/lib/server_bench_report.py.
# Every cluster, server and folder it makes is removed at the end, also on
# Ctrl+C; the datasets in --data-dir stay.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CARDDESK_BUILD_DIR:-$ROOT/build}"
CUSTOMERS=1000000
CONVERSATIONS=200000
SYNC_CHANGES=100000
SYNC_RUNS=3
SYNC_NAIVE_LIMIT=10000
DATA_DIR=""
DURATION=30
WARMUP=10
CONNECTIONS=50
THREADS=2
AGENTS=50
THINK_MS=1000
OUTPUT="$ROOT/docs/benchmarks.md"
KEEP_RESULTS=""
PASSWORD="carddesk-bench-$$"
COMMAND="scripts/server-bench.sh $*"

usage() { sed -n '2,44p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case "$1" in
        --customers) CUSTOMERS="$2"; shift 2 ;;
        --conversations) CONVERSATIONS="$2"; shift 2 ;;
        --sync-changes) SYNC_CHANGES="$2"; shift 2 ;;
        --sync-runs) SYNC_RUNS="$2"; shift 2 ;;
        --data-dir) DATA_DIR="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --think) THINK_MS="$2"; shift 2 ;;
        --output) OUTPUT="$2"; shift 2 ;;
        --keep-results) KEEP_RESULTS="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "server-bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'server-bench.sh: %s\n' "$*" >&2; exit 1; }
is_number() { [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -gt 0 ]; }

is_number "$CUSTOMERS" || die "--customers needs a number above 0"
is_number "$CONVERSATIONS" || die "--conversations needs a number above 0"
is_number "$SYNC_CHANGES" || die "--sync-changes needs a number above 0"
is_number "$SYNC_RUNS" || die "--sync-runs needs a number above 0"
is_number "$DURATION" || die "--duration needs a number of seconds above 0"
is_number "$CONNECTIONS" || die "--connections needs a number above 0"
is_number "$THINK_MS" || die "--think needs a number of milliseconds above 0"
[ "$CONNECTIONS" -ge "$THREADS" ] || die "--connections must be at least $THREADS (wrk threads)"
SERVER="$BUILD/server/carddesk-server"
CONSOLE="$BUILD/carddesk"
BENCH="$BUILD/tests/bench/carddesk-bench"
WRK_DIR="$ROOT/tests/bench/wrk"
[ -x "$SERVER" ] || die "$SERVER is not built (cmake --build <dir> --target carddesk-server; set CARDDESK_BUILD_DIR)"
[ -x "$CONSOLE" ] || die "$CONSOLE is not built (cmake --build <dir> --target carddesk; set CARDDESK_BUILD_DIR)"
[ -x "$BENCH" ] || die "$BENCH is not built (cmake --build <dir> --target carddesk-bench; set CARDDESK_BUILD_DIR)"
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
# The customers first (kept on their own, so that another inbox size reuses
# them), then a copy of them with the inbox: the generator's second phase.
CUSTOMERS_DIR="$DATA_DIR/customers-$CUSTOMERS"
SEED_DIR="$DATA_DIR/customers-$CUSTOMERS-conversations-$CONVERSATIONS"
SEED_DB="$SEED_DIR/carddesk.sqlite"
if [ -f "$SEED_DB" ] && [ -f "$SEED_DIR/generated.json" ]; then
    say "Dataset: reusing $SEED_DB"
    record "{\"kind\":\"dataset\",\"reused\":true,\"conversationsAsked\":$CONVERSATIONS,$(sed -e 's/^{//' -e 's/}$//' "$SEED_DIR/generated.json")}"
else
    mkdir -p "$DATA_DIR"
    customers_reused=true
    if [ -f "$CUSTOMERS_DIR/carddesk.sqlite" ] && [ -f "$CUSTOMERS_DIR/generated.json" ]; then
        say "Dataset: reusing the customers in $CUSTOMERS_DIR"
    else
        customers_reused=false
        say "Dataset: generating $CUSTOMERS customers (carddesk --seed-demo, no inbox) into $CUSTOMERS_DIR"
        rm -rf "$CUSTOMERS_DIR.partial"
        started=$(now_ms)
        QT_QPA_PLATFORM=offscreen nice "$CONSOLE" --seed-demo "$CUSTOMERS" --demo-conversations 0 \
            --data-dir "$CUSTOMERS_DIR.partial" >&2 || die "carddesk --seed-demo failed"
        rm -rf "$CUSTOMERS_DIR"
        mv "$CUSTOMERS_DIR.partial" "$CUSTOMERS_DIR"
        printf '{"seconds":%s,"date":"%s"}\n' "$(( ($(now_ms) - started) / 1000 ))" "$(date -u +%F)" \
            >"$CUSTOMERS_DIR/generated.json"
    fi
    say "Dataset: adding an inbox of about $CONVERSATIONS conversations to a copy (carddesk --seed-demo --demo-conversations)"
    rm -rf "$SEED_DIR.partial"
    cp -r "$CUSTOMERS_DIR" "$SEED_DIR.partial"
    rm -f "$SEED_DIR.partial/generated.json"
    started=$(now_ms)
    QT_QPA_PLATFORM=offscreen nice "$CONSOLE" --seed-demo "$CUSTOMERS" --demo-conversations "$CONVERSATIONS" \
        --data-dir "$SEED_DIR.partial" >&2 || die "carddesk --seed-demo --demo-conversations failed"
    inbox_seconds=$(( ($(now_ms) - started) / 1000 ))
    rm -rf "$SEED_DIR"
    mv "$SEED_DIR.partial" "$SEED_DIR"
    printf '{"seconds":%s,"customersReused":%s,"customersDate":"%s","inboxSeconds":%s,"date":"%s"}\n' \
        "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["seconds"])' "$CUSTOMERS_DIR/generated.json")" \
        "$customers_reused" \
        "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["date"])' "$CUSTOMERS_DIR/generated.json")" \
        "$inbox_seconds" "$(date -u +%F)" >"$SEED_DIR/generated.json"
    record "{\"kind\":\"dataset\",\"reused\":false,\"conversationsAsked\":$CONVERSATIONS,$(sed -e 's/^{//' -e 's/}$//' "$SEED_DIR/generated.json")}"
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
                                       (SELECT count(*) FROM transactions), (SELECT count(*) FROM conversations),
                                       (SELECT count(*) FROM conversations WHERE is_open),
                                       (SELECT count(*) FROM messages),
                                       pg_size_pretty(pg_database_size(current_database()))")
read -r n_customers n_cards n_transactions n_conversations n_open n_messages db_size_value db_size_unit <<<"$counts"
record "{\"kind\":\"import\",\"seconds\":$import_seconds,\"vacuumSeconds\":$vacuum_seconds,\"customers\":$n_customers,\"cards\":$n_cards,\"transactions\":$n_transactions,\"conversations\":$n_conversations,\"openConversations\":$n_open,\"messages\":$n_messages,\"databaseSize\":\"$db_size_value $db_size_unit\"}"
[ "$n_conversations" -gt 0 ] || die "the dataset has no conversations"

say "Creating $AGENTS bench agents"
for i in $(seq -w 1 "$AGENTS"); do
    printf '%s\n' "$PASSWORD" | "$SERVER" --database "$PG_URL" --add-agent "bench.agent$i" --role agent \
        --display-name "Bench Agent $i" 2>>"$WORK/agents.log" >/dev/null \
        || { tail -n 3 "$WORK/agents.log" >&2; die "could not create bench.agent$i"; }
done

# Each bench agent gets 40 open conversations of the inbox (by hash; not
# alerts), the load of an agent in the middle of a shift: their "my open"
# view. Written as an import step, before the server starts.
ASSIGNED_PER_AGENT=40
pg_psql -c "UPDATE conversations c SET assignee = 'bench.agent' || lpad((1 + (s.n - 1) % $AGENTS)::text, 2, '0')
            FROM (SELECT id, row_number() OVER (ORDER BY md5(id::text)) AS n FROM conversations
                  WHERE is_open AND channel <> 'alert' ORDER BY md5(id::text) LIMIT $((AGENTS * ASSIGNED_PER_AGENT))) s
            WHERE c.id = s.id" -c "ANALYZE conversations" >/dev/null
inbox=$(pg_psql -At -F ' ' -c "SELECT count(*) FILTER (WHERE assignee LIKE 'bench.agent%'),
                                     count(*) FILTER (WHERE is_open AND assignee IS NULL),
                                     count(*) FILTER (WHERE channel = 'alert' AND is_open),
                                     count(*) FILTER (WHERE NOT is_open)
                              FROM conversations")
read -r n_assigned n_unassigned n_alerts n_resolved <<<"$inbox"
record "{\"kind\":\"inbox\",\"assignedToBench\":$n_assigned,\"perAgent\":$ASSIGNED_PER_AGENT,\"unassignedOpen\":$n_unassigned,\"openAlerts\":$n_alerts,\"resolved\":$n_resolved}"

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

# ---------------------------------------------------------------- the inbox views
# Each view of the inbox alone (no other load), as bench.agent01 sees it:
# the first page and, when there is one, the second (the keyset cursor);
# the server's own time (its request log), median of 5 after one unmeasured.
say "Checking each inbox view alone"
python3 - "$BASE" "$TOKEN1" "$WORK/server.log" >>"$RESULTS" <<'PY' || die "an inbox view failed its check"
import json, sys, time, urllib.parse, urllib.request
base, token, log = sys.argv[1:4]
def server_ms(request_id):
    for _ in range(50):
        with open(log, encoding="utf-8") as f:
            for line in f:
                if request_id in line and '"event":"request"' in line:
                    return json.loads(line)["ms"]
        time.sleep(0.02)
    raise SystemExit("no log line for request " + request_id)
def get(query):
    times, client, body = [], [], None
    for _ in range(6):
        request = urllib.request.Request(base + "/v1/conversations?" + query,
                                         headers={"Authorization": "Bearer " + token})
        started = time.perf_counter()
        with urllib.request.urlopen(request) as answer:
            body = json.load(answer)
            request_id = answer.headers["X-Request-Id"]
        client.append((time.perf_counter() - started) * 1000)
        times.append(server_ms(request_id))
    times, client = sorted(times[1:]), sorted(client[1:])
    return body, times[2], round(client[2], 2)
views = [("my_open", ""), ("unassigned", ""), ("all_open", ""), ("all_open", "&sort=last_update"),
         ("all_open", "&sort=priority"), ("due_soon", ""), ("by_channel", "&channel=email"),
         ("by_channel", "&channel=chat"), ("by_channel", "&channel=phone"), ("alerts", ""), ("resolved", "")]
for view, extra in views:
    query = "limit=50&view=" + view + extra
    body, ms, client = get(query)
    row = {"kind": "view", "view": view, "extra": extra.lstrip("&"), "rows": len(body["items"]),
           "more": body["next"] is not None, "serverMs": ms, "clientMs": client}
    if body["next"]:
        body2, ms2, client2 = get(query + "&after=" + urllib.parse.quote(body["next"]))
        if body2["items"] and body2["items"][0]["id"] in {item["id"] for item in body["items"]}:
            raise SystemExit("view %s: the second page repeats the first" % view)
        row.update({"page2Rows": len(body2["items"]), "page2ServerMs": ms2})
    print(json.dumps(row))
PY

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

# ---------------------------------------------------------------- the inbox
# The inbox list: every view, keyset paging (tests/bench/wrk/conversations.lua).
CARDDESK_WRK_NAME=warmup wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" -s "$WRK_DIR/conversations.lua" "$BASE" -- \
    "$TOKENS" 0 40 >/dev/null
run_wrk "conversation list, closed loop" conversations.lua 0 --timeout 10s -- "$TOKENS" 0 40
run_wrk "conversation list, paced ${THINK_MS} ms" conversations.lua "$THINK_MS" --timeout 10s -- "$TOKENS" "$THINK_MS" 40

# Message post: notes (kind note; allowed on every channel) on 5,000
# conversations (by hash, any channel and status), then contended on 5.
pg_psql -At -c "SELECT id FROM conversations ORDER BY md5('post' || id) LIMIT 5000" >"$WORK/post-spread.txt"
pg_psql -At -c "SELECT id FROM conversations WHERE is_open ORDER BY md5('hot' || id) LIMIT 5" >"$WORK/post-hot.txt"
messages_before=$(pg_psql -At -c "SELECT count(*) FROM messages")
run_wrk "message post, 5,000 conversations, closed loop" messagepost.lua 0 --timeout 10s -- \
    "$TOKENS" "$WORK/post-spread.txt" 0
run_wrk "message post, 5,000 conversations, paced ${THINK_MS} ms" messagepost.lua "$THINK_MS" --timeout 10s -- \
    "$TOKENS" "$WORK/post-spread.txt" "$THINK_MS"
run_wrk "message post, 5 conversations (contended), closed loop" messagepost.lua 0 --timeout 10s -- \
    "$TOKENS" "$WORK/post-hot.txt" 0
record "{\"kind\":\"posts\",\"messagesAdded\":$(( $(pg_psql -At -c "SELECT count(*) FROM messages") - messages_before )),\"hotVersions\":\"$(pg_psql -At -c "SELECT string_agg(version::text, ', ' ORDER BY id) FROM conversations WHERE id IN ($(paste -sd, "$WORK/post-hot.txt"))")\"}"

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

# ---------------------------------------------------------------- cache sync
# --sync-changes rows written into the feed from the dataset's rows
# (tests/bench/sync-changes.sql), their field names checked against the
# changes the server wrote itself in the runs above, then the console's
# ChangeFeed catching up from the cursor before them (carddesk-bench).
say "Client cache sync: writing $SYNC_CHANGES changes into the feed"
written_channel=$(pg_psql -At -c "SELECT count(*) FROM conversations WHERE channel NOT IN ('alert', 'phone')")
[ "$written_channel" -ge $((SYNC_CHANGES / 10)) ] \
    || die "--sync-changes $SYNC_CHANGES needs $((SYNC_CHANGES / 10)) conversations on written channels; the dataset has $written_channel (more --conversations, or fewer --sync-changes)"
since=$(pg_psql -At -c "SELECT coalesce(max(seq), 0) FROM changes")
started=$(now_ms)
pg_psql -v changes="$SYNC_CHANGES" -f "$ROOT/tests/bench/sync-changes.sql" >/dev/null
generate_ms=$(( $(now_ms) - started ))
written=$(pg_psql -At -c "SELECT count(*) FROM changes WHERE seq > $since")
[ "$written" = "$SYNC_CHANGES" ] || die "the feed got $written changes, not $SYNC_CHANGES"
pg_psql -At -F $'\t' >"$WORK/shape.txt" <<SQL
WITH keys AS (
    SELECT entity, seq > $since AS generated,
           (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(data) k) AS names
    FROM changes WHERE data IS NOT NULL AND entity IN ('card', 'conversation', 'message')),
own AS (SELECT entity, string_agg(DISTINCT names, ' | ') AS names FROM keys WHERE NOT generated GROUP BY entity),
made AS (SELECT entity, string_agg(DISTINCT names, ' | ') AS names FROM keys WHERE generated GROUP BY entity)
SELECT m.entity, m.names, coalesce(o.names, '(the server wrote none)')
FROM made m LEFT JOIN own o USING (entity) WHERE o.names IS DISTINCT FROM m.names;
SQL
if [ -s "$WORK/shape.txt" ]; then
    cat "$WORK/shape.txt" >&2
    die "the generated changes' fields differ from the server's own (entity, generated, server's)"
fi
install -m 600 /dev/null "$WORK/sync-token"
printf '%s\n' "$TOKEN1" >"$WORK/sync-token"
say "Client cache sync: carddesk-bench --sync-bench from cursor $since"
load_before=$(loadavg)
machine0=$(machine_busy)
niced0=$(machine_niced)
own0=$(own_busy)
started=$(now_ms)
/usr/bin/time -f 'BENCH_CPU %U %S' -o "$WORK/sync.time" "$BENCH" --sync-bench --server "$BASE" \
    --token-file "$WORK/sync-token" --since "$since" --sync-runs "$SYNC_RUNS" \
    --sync-naive-limit "$SYNC_NAIVE_LIMIT" >"$WORK/sync.out" || die "carddesk-bench --sync-bench failed"
elapsed=$(( $(now_ms) - started ))
sync_result=$(sed -n 's/^SYNC_RESULT //p' "$WORK/sync.out")
[ -n "$sync_result" ] || die "carddesk-bench --sync-bench printed no result"
record "{\"kind\":\"sync\",\"since\":$since,\"generateMs\":$generate_ms,\"loadBefore\":$load_before,\"loadAfter\":$(loadavg),\"elapsedMs\":$elapsed,\"cores\":$(nproc),\"machineCpuS\":$(python3 -c "print(round(($(machine_busy)-$machine0)/$CPU_TICKS,2))"),\"nicedCpuS\":$(python3 -c "print(round(($(machine_niced)-$niced0)/$CPU_TICKS,2))"),\"ownCpuS\":$(python3 -c "print(round(($(own_busy)-$own0)/$CPU_TICKS,2))"),\"benchCpuS\":$(awk '/^BENCH_CPU/{print $2+$3}' "$WORK/sync.time"),\"result\":$sync_result}"

# ---------------------------------------------------------------- naive
# The naive baselines last, each the same endpoint without the index that
# serves it. The inbox list without its list indexes: every page is a scan
# of the conversations and a sort of those the view holds.
say "Naive baseline: dropping the inbox list indexes"
pg_psql -c "DROP INDEX conversations_open_due, conversations_open_updated, conversations_open_priority,
                       conversations_assignee_due, conversations_assignee_updated, conversations_assignee_priority,
                       conversations_channel_due, conversations_channel_updated, conversations_channel_priority" \
        -c "ANALYZE conversations" >/dev/null
run_wrk "conversation list, naive (no list indexes), closed loop" conversations.lua 0 --timeout 60s -- "$TOKENS" 0 40

# Message post without the index of a conversation's messages (the unique
# (conversation_id, seq)): the next seq is a scan of every message.
say "Naive baseline: dropping the index of messages by conversation"
seq_constraint=$(pg_psql -At -c "SELECT conname FROM pg_constraint WHERE conrelid = 'messages'::regclass
                                  AND contype = 'u' AND pg_get_constraintdef(oid) LIKE '%(conversation_id, seq)%'")
[ -n "$seq_constraint" ] || die "no unique (conversation_id, seq) constraint on messages"
pg_psql -c "ALTER TABLE messages DROP CONSTRAINT $seq_constraint" -c "ANALYZE messages" >/dev/null
run_wrk "message post, naive (no index of messages by conversation), closed loop" messagepost.lua 0 --timeout 60s -- \
    "$TOKENS" "$WORK/post-spread.txt" 0

# Search last: the same endpoint with no index that serves the search (a
# scan of every customer for each request, then a sort).
say "Naive baseline: dropping the search indexes"
pg_psql -c "DROP INDEX customers_search_trgm" -c "DROP INDEX customers_search_order" -c "ANALYZE customers" >/dev/null
run_wrk "search, naive (no search index), closed loop" search.lua 0 --timeout 60s -- "$TOKENS" "$WORK/queries.txt" 0

# ---------------------------------------------------------------- report
say "Writing the report"
record "{\"kind\":\"machine\",\"cpu\":$(json_string "$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)"),\"cores\":$(nproc),\"memGiB\":$(awk '/MemTotal/{printf "%.1f", $2/1048576}' /proc/meminfo),\"os\":$(json_string "$(. /etc/os-release && echo "$PRETTY_NAME")"),\"kernel\":$(json_string "$(uname -r)"),\"postgres\":$(json_string "$("$PG_BIN/postgres" --version | awk '{print $3}')"),\"wrk\":$(json_string "$(wrk --version 2>&1 | head -n 1 | awk '{print $2}')"),\"pgSettings\":$(json_string "$PG_SETTINGS"),\"workers\":$WORKERS,\"connections\":$CONNECTIONS,\"threads\":$THREADS,\"duration\":$DURATION,\"agents\":$AGENTS,\"date\":$(json_string "$(date '+%Y-%m-%d %H:%M %Z')"),\"command\":$(json_string "$COMMAND")}"
[ -z "$KEEP_RESULTS" ] || cp "$RESULTS" "$KEEP_RESULTS"
python3 "$ROOT/scripts/lib/server_bench_report.py" "$RESULTS" "$OUTPUT"
