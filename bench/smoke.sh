#!/usr/bin/env bash
# A cheap proof that the benchmark's pieces work (ctest bench.smoke, ~10-20 s): the
# client against a real server (pool of 1) for two seconds and against the host's
# python3, the client failing when the output is not the expected one, the report
# built from what was measured, and no container of the server left behind.
#   bench/smoke.sh BUILD_DIR
set -euo pipefail
BUILD=${1:?usage: smoke.sh BUILD_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "$BUILD/bench-smoke.XXXXXX")
RAW="$WORK/raw"
mkdir -p "$RAW"
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
SERVER=

fail() { printf 'bench.smoke: FAIL: %s\n' "$*" >&2; exit 1; }

cleanup() {
  if [ -n "$SERVER" ]; then
    kill -TERM "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

: >"$WORK/server.log"
"$BUILD/safe-exec" --port 0 --pool 1 --concurrency 2 >"$WORK/server.log" 2>&1 &
SERVER=$!
url=
for ((i = 0; i < 600; i++)); do
  port=$(sed -n 's|.*listening on http://[^:]*:\([0-9]*\).*|\1|p' "$WORK/server.log" | head -n1)
  if [ -n "$port" ] &&
     [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ]; then
    url="http://127.0.0.1:$port"
    break
  fi
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; fail "the server exited"; }
  sleep 0.2
done
[ -n "$url" ] || fail "the server did not become ready"

"$BUILD/bench-client" --label on --concurrency 2 --duration 2 --out "$RAW/requests.txt" \
  --http "$url/run" || fail "requests to the server failed"
"$BUILD/bench-client" --label floor --requests 3 --out "$RAW/requests.txt" \
  --exec "$PY" -c 'print("hi")' || fail "the floor failed"
if "$BUILD/bench-client" --label floor --requests 1 --expect 'bye' \
     --exec "$PY" -c 'print("hi")' 2>/dev/null; then
  fail "the client accepted an output other than the expected one"
fi

pid=$SERVER
kill -TERM "$SERVER"
wait "$SERVER" || fail "the server exited with status $?"
SERVER=
left=$(docker ps -a --filter label=safe-exec.managed=1 --format '{{.Label "safe-exec.owner"}}' |
  grep -c ":$pid:" || true)
[ "$left" = 0 ] || fail "$left container(s) of the server left"

printf 'concurrency 2\nleftover 0\nquick 1\n' >"$RAW/meta.txt"
"$PY" "$HERE/report.py" "$WORK" >/dev/null || fail "report.py failed"
n_on=$(awk '$1 == "on"' "$RAW/requests.txt" | wc -l)
[ "$n_on" -ge 2 ] || fail "only $n_on request(s) to the server in 2 s"
grep -q '^| safe-exec, pool on | [0-9.]* | ' "$WORK/bench.md" ||
  fail "bench.md has no throughput for the pool-on side"
grep -q '^| floor: host `python3 -c` | [0-9.]* ms | ' "$WORK/bench.md" ||
  fail "bench.md has no latency for the floor"
printf 'bench.smoke: ok (%s requests to the server)\n' "$n_on"
