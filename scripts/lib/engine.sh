# Makes sure a Docker engine answers. Sourced by lib/service.sh
# (after lib/common.sh), or run on its own: bash scripts/lib/engine.sh [start|stop].
#
# DOCKER_HOST is honoured: a tcp:// engine must already run (we cannot start it);
# for unix:// (or none: /var/run/docker.sock) a missing engine is started here:
# Debian's docker.io is installed when no docker CLI exists, then dockerd runs in the
# background with its log in $BUILD_DIR/engine/dockerd.log. engine_stop_started
# stops only a dockerd this shell started.

if [ -z "${SAFE_EXEC_ROOT:-}" ]; then
  source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
fi

SAFE_EXEC_DOCKERD_PID=
SAFE_EXEC_ENGINE_DIR="$BUILD_DIR/engine"

# The unix socket path DOCKER_HOST names, or the default; empty for tcp://.
engine_socket() {
  case "${DOCKER_HOST:-}" in
    '') printf '/var/run/docker.sock\n' ;;
    unix://*) printf '%s\n' "${DOCKER_HOST#unix://}" ;;
    *) printf '\n' ;;
  esac
}

engine_where() { printf '%s\n' "${DOCKER_HOST:-unix:///var/run/docker.sock}"; }

engine_answers() {
  command -v docker >/dev/null 2>&1 || return 1
  timeout 20 docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

# Starts dockerd with the given extra flags; succeeds once the engine answers.
# Fails fast when dockerd exits (a bad flag for this machine), else after 90 s.
engine_try_start() {
  local sock log pidfile pid i
  sock=$(engine_socket)
  log="$SAFE_EXEC_ENGINE_DIR/dockerd.log"
  pidfile="$SAFE_EXEC_ENGINE_DIR/dockerd.pid"
  mkdir -p "$SAFE_EXEC_ENGINE_DIR" "$(dirname "$sock")"
  rm -f "$pidfile"
  printf '\n=== %s dockerd %s\n' "$(date -u +%FT%TZ)" "$*" >>"$log"
  # setsid: a Ctrl-C meant for the tests does not reach the engine; the trap in
  # scripts/test.sh stops it once the tests are gone.
  setsid dockerd --host "unix://$sock" --pidfile "$pidfile" "$@" >>"$log" 2>&1 </dev/null &
  pid=$!
  for ((i = 0; i < 180; i++)); do
    # setsid forks when it leads a process group (interactive shells): the pid
    # file then names dockerd.
    [ -s "$pidfile" ] && pid=$(cat "$pidfile")
    if engine_answers; then
      SAFE_EXEC_DOCKERD_PID=$pid
      return 0
    fi
    if ((i > 4)) && ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null || true
      return 1
    fi
    sleep 0.5
  done
  SAFE_EXEC_DOCKERD_PID=$pid
  engine_stop_started
  return 1
}

# Flags that register crun with a dockerd we start (the server prefers it: less CPU
# per container than runc, README "Benchmark"); none when it cannot work here. crun
# refuses a cgroup v1 host whose cgroup2 hierarchy still holds controllers (hybrid
# mode): Debian's cgroupfs-mount, the set-up for v1 hosts without systemd, mounts
# their v1 hierarchies (nothing changes where they are mounted already).
engine_crun_flags() {
  local ctl=/sys/fs/cgroup/unified/cgroup.controllers
  apt_install_missing crun
  command -v crun >/dev/null 2>&1 || return 0
  held() { [ -n "$(tr -d '[:space:]' <"$ctl" 2>/dev/null)" ]; }
  if [ "$(stat -fc %T /sys/fs/cgroup 2>/dev/null)" = tmpfs ] && held; then
    apt_install_missing cgroupfs-mount
    cgroupfs-mount >/dev/null 2>&1 || true
    if held; then
      log "crun not offered: cgroup controllers left in the v2 hierarchy ($(tr '\n' ' ' <"$ctl"))"
      return 0
    fi
  fi
  printf -- '--add-runtime\ncrun=%s\n' "$(command -v crun)"
}

ensure_engine() {
  if engine_answers; then
    return 0
  fi
  local sock
  sock=$(engine_socket)
  [ -n "$sock" ] ||
    die "the Docker engine at $DOCKER_HOST does not answer (a tcp:// engine must be started on its host)"
  if ! command -v docker >/dev/null 2>&1 || ! command -v dockerd >/dev/null 2>&1; then
    apt_install_missing docker.io
    # On a machine with systemd, installing the package started the engine already.
    engine_answers && return 0
  fi
  [ "$(id -u)" -eq 0 ] || die "no Docker engine answers at unix://$sock and only root can start one"
  [ -S "$sock" ] && rm -f "$sock"   # stale socket of a dockerd that died
  log "starting dockerd (log: $SAFE_EXEC_ENGINE_DIR/dockerd.log)"
  # The sandbox uses no network (NetworkMode none), so when this machine's iptables
  # or bridge support is broken the engine can do without them; overlay2 needs a
  # backing file system that supports it (not overlayfs itself, as in nested
  # containers): vfs always works, only slower and larger.
  local crun=()
  mapfile -t crun < <(engine_crun_flags)
  engine_try_start "${crun[@]}" && return 0
  log "dockerd did not come up; retrying without iptables and the default bridge"
  engine_try_start "${crun[@]}" --iptables=false --ip6tables=false --bridge=none && return 0
  log "retrying with the vfs storage driver"
  engine_try_start "${crun[@]}" --iptables=false --ip6tables=false --bridge=none \
    --storage-driver=vfs && return 0
  tail -n 20 "$SAFE_EXEC_ENGINE_DIR/dockerd.log" >&2 || true
  die "could not start dockerd at unix://$sock (see $SAFE_EXEC_ENGINE_DIR/dockerd.log)"
}

# Stops the dockerd ensure_engine started in this shell (no-op otherwise).
engine_stop_started() {
  local pid=$SAFE_EXEC_DOCKERD_PID i
  [ -n "$pid" ] || return 0
  SAFE_EXEC_DOCKERD_PID=
  kill -0 "$pid" 2>/dev/null || return 0
  log "stopping the dockerd started for this run (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-start}" in
    start) ensure_engine; log "engine answers at $(engine_where)" ;;
    *) die "usage: $0 [start]" ;;
  esac
fi
