#!/usr/bin/env bash
# api_contract_prism_starts: proves that the API contract loads into Prism, the
# contract-validating proxy of the integration tests. Starts `prism mock` on a free
# loopback port against the contract, then checks that
#   - GET /v1/health answers 200 with the contract's health document, and
#   - GET /v1/me without a token answers 401 with a problem document (the contract's
#     bearer security is in force),
# and stops Prism again.
#   prism_starts.sh <repo>/tools/api <repo>/docs/api/openapi.yaml
set -euo pipefail

TOOLS_DIR="${1:?usage: prism_starts.sh TOOLS_DIR SPEC}"
SPEC="${2:?usage: prism_starts.sh TOOLS_DIR SPEC}"
PRISM="$TOOLS_DIR/node_modules/.bin/prism"

fail() { echo "api_contract_prism_starts: $*" >&2; exit 1; }

[ -x "$PRISM" ] || fail "the API tools are not installed ($PRISM is missing). Run \`scripts/dev.sh test\`, which installs them, or \`npm ci\` in tools/api."
command -v node >/dev/null || fail "Node.js is not on PATH; \`scripts/dev.sh test\` installs it (Debian's nodejs)."
[ -f "$SPEC" ] || fail "the contract $SPEC is missing."

WORK="$(mktemp -d)"
PRISM_PID=""
cleanup() {
    if [ -n "$PRISM_PID" ] && kill -0 "$PRISM_PID" 2>/dev/null; then
        kill "$PRISM_PID" 2>/dev/null || true
        wait "$PRISM_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# GET http://127.0.0.1:<port><path>; prints "<status> <content-type>" then the body.
http_get() {
    node -e '
        const http = require("http");
        const req = http.get({host: "127.0.0.1", port: +process.argv[1], path: process.argv[2], timeout: 5000}, res => {
            let body = "";
            res.setEncoding("utf8");
            res.on("data", chunk => body += chunk);
            res.on("end", () => { console.log(res.statusCode + " " + (res.headers["content-type"] || "")); console.log(body); });
        });
        req.on("timeout", () => req.destroy(new Error("timed out")));
        req.on("error", () => process.exit(7));
    ' "$1" "$2"
}

free_port() {
    node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# A port found free can be taken before Prism binds it: try a few.
started=""
for attempt in 1 2 3; do
    PORT="$(free_port)"
    "$PRISM" mock --host 127.0.0.1 --port "$PORT" "$SPEC" >"$WORK/prism.log" 2>&1 &
    PRISM_PID=$!
    for _ in $(seq 1 120); do   # up to 60 s: loading and dereferencing the contract takes a few seconds
        if ! kill -0 "$PRISM_PID" 2>/dev/null; then
            break
        fi
        if answer="$(http_get "$PORT" /v1/health 2>/dev/null)"; then
            started="yes"
            break 2
        fi
        sleep 0.5
    done
    if kill -0 "$PRISM_PID" 2>/dev/null; then
        kill "$PRISM_PID" 2>/dev/null || true
    fi
    wait "$PRISM_PID" 2>/dev/null || true
    grep -q "EADDRINUSE" "$WORK/prism.log" || break
done
[ -n "$started" ] || fail "Prism did not start serving $SPEC. Its log:
$(cat "$WORK/prism.log")"

status_line="$(head -n 1 <<<"$answer")"
body="$(tail -n +2 <<<"$answer")"
[[ "$status_line" == "200 application/json"* ]] \
    || fail "GET /v1/health answered \"$status_line\", expected 200 application/json. Body: $body"
node -e '
    const health = JSON.parse(process.argv[1]);
    if (health.status !== "ok" || typeof health.version !== "string")
        throw new Error("not the contract'"'"'s health document: " + process.argv[1]);
' "$body" || fail "GET /v1/health did not return the contract's health document: $body"

me="$(http_get "$PORT" /v1/me)" || fail "GET /v1/me got no answer."
me_status="$(head -n 1 <<<"$me")"
[[ "$me_status" == "401 application/problem+json"* ]] \
    || fail "GET /v1/me without a token answered \"$me_status\", expected 401 application/problem+json (bearer security)."

echo "api_contract_prism_starts: Prism serves $SPEC on 127.0.0.1:$PORT: GET /v1/health 200, GET /v1/me without a token 401."
