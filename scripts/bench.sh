#!/usr/bin/env bash
# The benchmark: python3 -c 'print("hi")' five ways, interleaved, on this machine.
#   floor     the host's python3, no container
#   baseline  `docker run --rm -i` per request with the sandbox's limit flags
#   pool off  safe-exec over HTTP, a container created per request (--pool 0)
#   pool on   safe-exec over HTTP with its warm pool
#   wall off  pool on, the same server binary and image started with
#             --experiment-no-wall (for this measurement only): what the runtime
#             wall costs is pool on against it
# Concurrency 1: rounds of BENCH_ROUND requests per side in turn (the first side
# rotates) until each side has BENCH_C1_REQUESTS; concurrency 8: BENCH_C8_ROUNDS
# rounds of BENCH_C8_SECONDS per side, likewise. Before each side's turn the engine is
# let settle (the pools refilled, used containers removed), so no side pays for the
# one before it. Then a CPU-heavy benign program (bench/heavy.py) through pool on
# and wall off, BENCH_HEAVY_REQUESTS each in rounds likewise, the analyzer alone,
# the engine's phases of one container (bench/phases.sh), the servers' peak RSS, the
# leftover check.
#
# Usage: scripts/bench.sh [--publish]
#   --publish       also copy bench.md and bench.png to docs/bench/
#   BENCH_QUICK=1   a short run for development (~1-2 minutes)
#   BENCH_POOL=N    pool size of the pool-on servers (default: the server's default)
# Output: bench-results/<UTC time>/ (bench.md, bench.png, raw/); the table is printed.
set -euo pipefail
source "$(dirname "$0")/lib/service.sh"

PUBLISH=0
case "${1:-}" in
  --publish) PUBLISH=1 ;;
  '') ;;
  *) die "usage: $0 [--publish]" ;;
esac

if [ "${BENCH_QUICK:-0}" = 1 ]; then
  C1_REQUESTS=${BENCH_C1_REQUESTS:-20} C8_ROUNDS=${BENCH_C8_ROUNDS:-1}
  C8_SECONDS=${BENCH_C8_SECONDS:-5} ANALYZER_RUNS=${BENCH_ANALYZER_RUNS:-300} PHASES=3
  HEAVY_REQUESTS=${BENCH_HEAVY_REQUESTS:-4}
else
  C1_REQUESTS=${BENCH_C1_REQUESTS:-100} C8_ROUNDS=${BENCH_C8_ROUNDS:-3}
  C8_SECONDS=${BENCH_C8_SECONDS:-8} ANALYZER_RUNS=${BENCH_ANALYZER_RUNS:-2000} PHASES=10
  HEAVY_REQUESTS=${BENCH_HEAVY_REQUESTS:-20}
fi
ROUND=${BENCH_ROUND:-5}
CONC=8
SIDES=(floor baseline off on nowall)
SERVERS=(off on nowall)
IMAGE=${SAFE_EXEC_IMAGE:-safe-exec-sandbox:latest}

apt_install_missing gnuplot-nox
prepare_service

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$SAFE_EXEC_ROOT/bench-results/$STAMP"
RAW="$OUT/raw"
mkdir -p "$RAW"
RUN_ID="bench-$STAMP-$$"
CLIENT="$BUILD_DIR/bench-client"
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3   # Debian's, the sandbox's interpreter

# The baseline: the same limits as src/sandbox/sb_spec.c, flag for flag (IPC none and no log
# driver included, as ours have them). The label lets the leftover check find them.
BASELINE=(docker run --rm -i --network none --memory 128m --memory-swap 128m --cpus 0.5
  --pids-limit 64 --read-only --tmpfs /tmp:rw,nosuid,nodev,noexec,size=16m,mode=1777
  --user sandbox --cap-drop ALL --security-opt no-new-privileges
  --ulimit fsize=16777216:16777216 --ulimit nofile=64:64 --ipc none --log-driver none
  --label "safe-exec.bench=$RUN_ID" --entrypoint /usr/bin/python3 "$IMAGE" -c 'print("hi")')

declare -A SERVER_PID SERVER_URL
SAMPLER_PID=

cleanup() {
  local side pid
  if [ -n "$SAMPLER_PID" ]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
  fi
  SAMPLER_PID=
  for side in "${!SERVER_PID[@]}"; do
    pid=${SERVER_PID[$side]}
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    unset "SERVER_PID[$side]"
  done
  docker ps -aq --filter "label=safe-exec.bench=$RUN_ID" | xargs -r docker rm -f >/dev/null 2>&1 || true
  engine_stop_started
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Containers of the server with this pid (its owner label is <boot id>:<pid>:<start>).
containers_of() {
  docker ps -a --filter label=safe-exec.managed=1 \
    --format '{{.ID}} {{.Label "safe-exec.owner"}}' | awk -v p=":$1:" 'index($2, p) {n++} END {print n+0}'
}

metric() {   # metric URL NAME
  curl -s --max-time 5 "$1/metrics" | awk -v m="$2" '$1 == m {print $2; exit}'
}

start_server() {   # start_server SIDE POOL_ARGS...
  local side=$1 log="$RAW/server-$1.log" port= i
  shift
  : >"$log"   # before the server starts: the loop below reads it at once
  # The server's defaults (concurrency, queue, limits) but for the pool.
  "$BUILD_DIR/safe-exec" --port 0 "$@" >"$log" 2>&1 &
  SERVER_PID[$side]=$!
  for ((i = 0; i < 600; i++)); do
    port=$(sed -n 's|.*listening on http://[^:]*:\([0-9]*\).*|\1|p' "$log" | head -n1)
    if [ -n "$port" ] &&
       [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ]; then
      SERVER_URL[$side]="http://127.0.0.1:$port"
      log "server '$side' (pid ${SERVER_PID[$side]}) ready at ${SERVER_URL[$side]}"
      return 0
    fi
    kill -0 "${SERVER_PID[$side]}" 2>/dev/null || { cat "$log" >&2; die "server '$side' exited"; }
    sleep 0.2
  done
  cat "$log" >&2
  die "server '$side' did not become ready in 120 s"
}

# Waits until nothing runs in the background: no baseline container, no container of
# the pool-off server, each pool-on server's pool full and nothing else of it. Gives up
# after a minute (saying what is still pending): the turn then runs regardless.
settle() {
  local off_pid=${SERVER_PID[off]} target ready pending n side
  local until=$((SECONDS + 60))
  target=$(metric "${SERVER_URL[on]}" safe_exec_pool_target)
  while :; do
    pending=
    for side in on nowall; do
      ready=$(metric "${SERVER_URL[$side]}" safe_exec_pool_size)
      [ "$ready" = "$target" ] || pending+=" $side ready $ready/$target;"
      n=$(containers_of "${SERVER_PID[$side]}")
      [ "$n" = "$target" ] || pending+=" $side containers $n;"
    done
    n=$(containers_of "$off_pid")
    [ "$n" = 0 ] || pending+=" pool-off containers $n;"
    n=$(docker ps -aq --filter "label=safe-exec.bench=$RUN_ID" | wc -l)
    [ "$n" = 0 ] || pending+=" baseline containers $n;"
    [ -z "$pending" ] && return 0
    if ((SECONDS >= until)); then
      log "warning: the engine did not settle in 60 s:$pending"
      return 0
    fi
    sleep 0.2
  done
}

# One side's turn; its summary line goes to raw/client.log (and to stderr when $3 is
# "say").
run_side() {   # run_side SIDE ROUND quiet|say CLIENT_ARGS...
  local side=$1 round=$2 say=$3 line
  shift 3
  local target=()
  case "$side" in
    floor) target=(--exec "$PY" -c 'print("hi")') ;;
    baseline) target=(--exec "${BASELINE[@]}") ;;
    *-heavy) target=(--body "$HEAVY_BODY" --expect "$HEAVY_OUT"
                     --http "${SERVER_URL[${side%-heavy}]}/run") ;;
    *) target=(--http "${SERVER_URL[$side]}/run") ;;
  esac
  settle
  # A failed request is data (counted in the table), not a reason to stop.
  line=$("$CLIENT" --label "$side" --round "$round" --out "$RAW/requests.txt" "$@" \
    "${target[@]}" 2>>"$RAW/client-errors.log") || true
  printf '%s\n' "$line" >>"$RAW/client.log"
  [ "$say" = say ] && log "$line"
  return 0
}

start_server off --pool 0
start_server on ${BENCH_POOL:+--pool "$BENCH_POOL"}
# For this measurement only: the same binary and image, every run without the wall.
start_server nowall ${BENCH_POOL:+--pool "$BENCH_POOL"} --experiment-no-wall
# The CPU-heavy program as a request, and what it prints (the host's python3 says).
HEAVY_BODY=$("$PY" -c 'import json, sys; print(json.dumps({"code": open(sys.argv[1]).read()}))' \
  "$SAFE_EXEC_ROOT/bench/heavy.py")
HEAVY_OUT="$("$PY" "$SAFE_EXEC_ROOT/bench/heavy.py")"$'\n'
POOL_TARGET=$(metric "${SERVER_URL[on]}" safe_exec_pool_target)
RUNTIME_DEFAULT=$(docker info --format '{{.DefaultRuntime}}' 2>/dev/null || true)
RUNTIME_SERVER=$(curl -s "${SERVER_URL[on]}/healthz" |
  "$PY" -c 'import json, sys; print(json.load(sys.stdin)["engine"].get("runtime") or "")')

# Resident memory of both servers every half second.
(
  while sleep 0.5; do
    for side in "${SERVERS[@]}"; do
      rss=$(awk '/^VmRSS:/ {print $2}' "/proc/${SERVER_PID[$side]}/status" 2>/dev/null) || continue
      printf '%s %s %s\n' "$(date +%s.%N)" "$side" "$rss"
    done
  done
) >"$RAW/rss.txt" &
SAMPLER_PID=$!

{
  printf 'date %s\nhost %s\ncpus %s\nkernel %s\n' "$STAMP" "$(hostname)" "$(nproc)" "$(uname -r)"
  printf 'docker %s\n' "$(docker version --format '{{.Server.Version}}' 2>/dev/null)"
  printf 'server_concurrency %s\n' "$(metric "${SERVER_URL[on]}" safe_exec_concurrency)"
  printf 'pool %s\nconcurrency %s\nc1_requests %s\nround %s\nc8_rounds %s\nc8_seconds %s\n' \
    "$POOL_TARGET" "$CONC" "$C1_REQUESTS" "$ROUND" "$C8_ROUNDS" "$C8_SECONDS"
  printf 'quick %s\n' "${BENCH_QUICK:-0}"
  printf 'runtime_default %s\nruntime_server %s\n' "$RUNTIME_DEFAULT" "$RUNTIME_SERVER"
  printf 'loadavg_start %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RAW/meta.txt"

: >"$RAW/requests.txt"
log "concurrency 1: $C1_REQUESTS requests per side, $ROUND per side in turn"
rounds=$(((C1_REQUESTS + ROUND - 1) / ROUND))
for ((r = 0; r < rounds; r++)); do
  n=$ROUND
  ((C1_REQUESTS - r * ROUND < n)) && n=$((C1_REQUESTS - r * ROUND))
  for ((s = 0; s < ${#SIDES[@]}; s++)); do
    side=${SIDES[$(((s + r) % ${#SIDES[@]}))]}
    run_side "$side" "$r" quiet --concurrency 1 --requests "$n"
  done
  (((r + 1) % 6 == 0 || r + 1 == rounds)) &&
    log "  $((r * ROUND + n)) of $C1_REQUESTS per side: $(tail -n ${#SIDES[@]} "$RAW/client.log" | cut -d, -f1,5 | paste -sd';')"
done

log "concurrency $CONC: $C8_ROUNDS round(s) of $C8_SECONDS s per side"
for ((r = 0; r < C8_ROUNDS; r++)); do
  for ((s = 0; s < ${#SIDES[@]}; s++)); do
    side=${SIDES[$(((s + r) % ${#SIDES[@]}))]}
    run_side "$side" "$r" say --concurrency "$CONC" --duration "$C8_SECONDS"
  done
done
settle

HEAVY=(on-heavy nowall-heavy)
log "a CPU-heavy program (bench/heavy.py), concurrency 1: $HEAVY_REQUESTS requests with the wall and without"
rounds=$(((HEAVY_REQUESTS + ROUND - 1) / ROUND))
for ((r = 0; r < rounds; r++)); do
  n=$ROUND
  ((HEAVY_REQUESTS - r * ROUND < n)) && n=$((HEAVY_REQUESTS - r * ROUND))
  for ((s = 0; s < 2; s++)); do
    run_side "${HEAVY[$(((s + r) % 2))]}" "$r" quiet --concurrency 1 --requests "$n"
  done
done
log "  $(tail -n 2 "$RAW/client.log" | cut -d, -f1,5 | paste -sd';')"
settle

log "analyzer: $ANALYZER_RUNS checks of a 5000-character program"
nice -n 0 "$BUILD_DIR/analyzer-bench" "$ANALYZER_RUNS" >"$RAW/analyzer.txt" 2>&1 ||
  log "warning: analyzer-bench failed"

# Per runtime: the engine's default (the baseline's) and the servers' when it differs.
for rt in $(printf '%s\n' "$RUNTIME_DEFAULT" "$RUNTIME_SERVER" | awk 'NF && !seen[$0]++'); do
  log "engine phases on $rt: $PHASES single-use containers, one after the other"
  bash "$SAFE_EXEC_ROOT/bench/phases.sh" "$IMAGE" "$RUN_ID" "$PHASES" "$rt" \
    >"$RAW/phases-$rt.txt" 2>>"$RAW/client-errors.log" || log "warning: bench/phases.sh failed"
done

kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
for side in "${SERVERS[@]}"; do
  printf '%s %s\n' "$side" "$(awk '/^VmHWM:/ {print $2}' "/proc/${SERVER_PID[$side]}/status")"
done >"$RAW/hwm.txt"

# Stop the servers (each removes its pool) and count what is left of ours.
declare -A PIDS_DONE
for side in "${SERVERS[@]}"; do
  PIDS_DONE[$side]=${SERVER_PID[$side]}
  kill -TERM "${SERVER_PID[$side]}"
  wait "${SERVER_PID[$side]}" || log "warning: server '$side' exited with status $?"
  unset "SERVER_PID[$side]"
done
left=$(( $(containers_of "${PIDS_DONE[off]}") + $(containers_of "${PIDS_DONE[on]}") +
  $(containers_of "${PIDS_DONE[nowall]}") + $(docker ps -aq --filter "label=safe-exec.bench=$RUN_ID" | wc -l) ))
printf 'leftover %s\nloadavg_end %s\n' "$left" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RAW/meta.txt"

"$PY" "$SAFE_EXEC_ROOT/bench/report.py" "$OUT" >/dev/null || die "report failed"
(cd "$OUT" && gnuplot "$SAFE_EXEC_ROOT/bench/bench.gp") || die "gnuplot failed"
if [ "$PUBLISH" = 1 ]; then
  mkdir -p "$SAFE_EXEC_ROOT/docs/bench"
  cp "$OUT/bench.md" "$OUT/bench.png" "$SAFE_EXEC_ROOT/docs/bench/"
  log "copied bench.md and bench.png to docs/bench/"
fi
cat "$OUT/bench.md"
log "results in $OUT"
