#!/usr/bin/env bash
# What recording the history costs a run: two servers, history on and off, pool on,
# measured in the same run of this script with interleaved rounds at concurrency 1
# and 8, and the p50/p95 of each side. Each round is at most as many runs as the pool
# holds and starts once both pools are full again: every run takes a warm container,
# so what differs between the sides is the recording, not the pool's refill.
#   bench/history.sh BUILD_DIR [ROUNDS] [REQUESTS_C1] [REQUESTS_C8]
# Each server keeps its history in a temporary data directory, removed at the end.
set -euo pipefail
BUILD=${1:?usage: history.sh BUILD_DIR [ROUNDS] [REQUESTS_C1] [REQUESTS_C8]}
ROUNDS=${2:-8}
N1=${3:-12}
N8=${4:-16}
POOL=16
WORK=$(mktemp -d "${TMPDIR:-/tmp}/safe-exec-history-bench.XXXXXX")
PIDS=()

cleanup() {
  for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# start NAME ARGS...: writes the URL to $WORK/NAME.url once /healthz answers 200.
# Not run in a subshell: PIDS must reach the cleanup.
start() {
  local name=$1 port=
  shift
  "$BUILD/safe-exec" --port 0 --pool "$POOL" --concurrency 8 --data-dir "$WORK/$name" "$@" \
    >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  for ((i = 0; i < 900; i++)); do
    port=$(sed -n 's|.*listening on http://[^:]*:\([0-9]*\).*|\1|p' "$WORK/$name.log" | head -n1)
    if [ -n "$port" ] &&
       [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ]; then
      echo "http://127.0.0.1:$port" >"$WORK/$name.url"
      return 0
    fi
    sleep 0.2
  done
  cat "$WORK/$name.log" >&2
  return 1
}

# Waits until the pool behind URL is full.
pool_full() {
  for ((i = 0; i < 600; i++)); do
    curl -s "$1/healthz" | python3 -c 'import json, sys; p = json.load(sys.stdin)["pool"]
sys.exit(0 if p["ready"] >= p["target"] else 1)' && return 0
    sleep 0.2
  done
  return 1
}

start on --history on
start off --history off
ON=$(cat "$WORK/on.url")
OFF=$(cat "$WORK/off.url")
OUT="$WORK/samples"
for ((r = 1; r <= ROUNDS; r++)); do
  for c in 1 8; do
    n=$N1
    [ "$c" = 8 ] && n=$N8
    # A random side first, so neither always follows the other's refill.
    if (( RANDOM % 2 )); then order="on off"; else order="off on"; fi
    for side in $order; do
      url=$ON
      [ "$side" = off ] && url=$OFF
      pool_full "$ON"
      pool_full "$OFF"
      "$BUILD/bench-client" --label "history_$side" --round "$r" --concurrency "$c" \
        --requests "$n" --out "$OUT" --http "$url/run" >/dev/null
    done
  done
done
recorded=$(curl -s "$ON/metrics" | sed -n 's/^safe_exec_history_rows_total{result="recorded"} //p')
dropped=$(curl -s "$ON/metrics" | sed -n 's/^safe_exec_history_rows_total{result="dropped"} //p')
python3 - "$OUT" <<'PY'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    label, c, rnd, start, lat, ok = line.split()
    rows.setdefault((int(c), label), []).append(float(lat))
def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]
rounds = {}
for line in open(sys.argv[1]):
    label, c, rnd, start, lat, ok = line.split()
    rounds.setdefault((int(c), int(rnd), label), []).append(float(lat))
for c in (1, 8):
    on, off = rows[(c, "history_on")], rows[(c, "history_off")]
    print("c=%d  history on : n=%d p50 %.2f ms p95 %.2f ms" % (c, len(on), pct(on, 50), pct(on, 95)))
    print("c=%d  history off: n=%d p50 %.2f ms p95 %.2f ms" % (c, len(off), pct(off, 50), pct(off, 95)))
    print("c=%d  cost of recording at p50: %+.2f ms (pooled)" % (c, pct(on, 50) - pct(off, 50)))
    # The two sides of a round ran back to back: their difference cancels the load
    # the machine's other work adds, which drifts from round to round.
    diffs = [statistics.median(rounds[(c, r, "history_on")]) -
             statistics.median(rounds[(c, r, "history_off")])
             for (cc, r, label) in rounds if cc == c and label == "history_on"]
    print("c=%d  cost of recording at p50: %+.2f ms (median of %d paired rounds)" %
          (c, statistics.median(diffs), len(diffs)))
PY
echo "history on: $recorded rows recorded, $dropped dropped"
