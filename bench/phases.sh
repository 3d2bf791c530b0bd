#!/usr/bin/env bash
# Where a container's time goes: the Engine API calls of one single-use container,
# timed one after the other, N times (run by scripts/bench.sh; ~1 s each when quiet).
#   phases.sh IMAGE LABEL N [RUNTIME] >phases.txt     (RUNTIME: the engine's default)
# Each line: "create_ms start_ms run_ms remove_ms" for python3 -c 'print("hi")' with
# the sandbox's limits (src/sandbox/sb_spec.c), straight over the engine's unix socket:
#   create  POST /containers/create
#   start   POST /containers/{id}/start (the runtime sets the container up and starts it)
#   run     POST /containers/{id}/wait  (the interpreter starts, prints, exits)
#   remove  DELETE /containers/{id}
set -euo pipefail
IMAGE=${1:?usage: phases.sh IMAGE LABEL N}
LABEL=${2:?usage: phases.sh IMAGE LABEL N}
N=${3:-10}
RUNTIME=${4:-}
case "${DOCKER_HOST:-}" in
  '') SOCK=/var/run/docker.sock ;;
  unix://*) SOCK=${DOCKER_HOST#unix://} ;;
  *) echo "phases.sh: needs the engine's unix socket" >&2; exit 2 ;;
esac

BODY=$(printf '{"Image":"%s","User":"sandbox","Entrypoint":["/usr/bin/python3"],
 "Cmd":["-c","print(\\"hi\\")"],"Labels":{"safe-exec.bench":"%s"},"NetworkDisabled":true,
 "HostConfig":{"NetworkMode":"none","Memory":134217728,"MemorySwap":134217728,
 "NanoCpus":500000000,"PidsLimit":64,"ReadonlyRootfs":true,
 "Tmpfs":{"/tmp":"rw,nosuid,nodev,noexec,size=16777216,mode=1777"},"CapDrop":["ALL"],
 "SecurityOpt":["no-new-privileges"],"IpcMode":"none","LogConfig":{"Type":"none","Config":{}},
 "Ulimits":[{"Name":"fsize","Soft":16777216,"Hard":16777216},{"Name":"nofile","Soft":64,"Hard":64}]
 %s}}' "$IMAGE" "$LABEL" "${RUNTIME:+,\"Runtime\":\"$RUNTIME\"}")

api() { curl -sf --max-time 60 --unix-socket "$SOCK" "$@"; }
now() { date +%s%N; }

for ((i = 0; i < N; i++)); do
  a=$(now)
  id=$(api -H 'Content-Type: application/json' -d "$BODY" http://engine/containers/create |
    sed -n 's/.*"Id":"\([0-9a-f]*\)".*/\1/p')
  [ -n "$id" ] || { echo "phases.sh: create failed" >&2; exit 1; }
  b=$(now)
  api -X POST "http://engine/containers/$id/start" >/dev/null
  c=$(now)
  code=$(api -X POST "http://engine/containers/$id/wait" | sed -n 's/.*"StatusCode":\([0-9]*\).*/\1/p')
  d=$(now)
  api -X DELETE "http://engine/containers/$id?force=1" >/dev/null
  e=$(now)
  [ "$code" = 0 ] || { echo "phases.sh: the container exited with ${code:-?}" >&2; exit 1; }
  echo "$(((b - a) / 1000000)) $(((c - b) / 1000000)) $(((d - c) / 1000000)) $(((e - d) / 1000000))"
done
