# Shared set-up steps for scripts/run.sh and scripts/test.sh. Sourced, not run.
# Every step is idempotent and cheap when nothing changed.

SAFE_EXEC_ROOT=${SAFE_EXEC_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
BUILD_DIR=${BUILD_DIR:-$SAFE_EXEC_ROOT/build}

# Debian packages the build, the tests and the engine need.
SAFE_EXEC_BUILD_PACKAGES=(
  build-essential cmake pkg-config git ca-certificates
  libtree-sitter-dev libunistring-dev libjansson-dev libmicrohttpd-dev
  libcurl4-openssl-dev libcmocka-dev curl
  libsqlite3-dev libpq-dev postgresql
  python3 python3-dev
  chromium
  valgrind
  docker-compose haproxy
)

log() { printf '[safe-exec] %s\n' "$*" >&2; }
die() { printf '[safe-exec] error: %s\n' "$*" >&2; exit 1; }

# Installs the named Debian packages that are not installed yet.
apt_install_missing() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "missing packages (${missing[*]}): run as root or install them"
  log "installing: ${missing[*]}"
  if [ ! -f /var/lib/apt/periodic/safe-exec-updated ] ||
     [ -n "$(find /var/lib/apt/periodic/safe-exec-updated -mmin +720 2>/dev/null)" ]; then
    apt-get update -q >/dev/null || die "apt-get update failed"
    mkdir -p /var/lib/apt/periodic && touch /var/lib/apt/periodic/safe-exec-updated
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
    >/dev/null || die "apt-get install ${missing[*]} failed"
}

# npm packages pinned in package-lock.json, installed only when the lockfile changed.
npm_ci_if_needed() {
  local stamp="$SAFE_EXEC_ROOT/node_modules/.safe-exec-lock"
  local want
  want=$(sha256sum "$SAFE_EXEC_ROOT/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  log "npm ci --ignore-scripts"
  (cd "$SAFE_EXEC_ROOT" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) ||
    die "npm ci failed"
  printf '%s\n' "$want" >"$stamp"
}

# Configures (once) and builds the tree in $1 with extra CMake arguments after it;
# $CMAKE_TARGETS (space-separated) limits the build to those targets.
cmake_build() {
  local dir=$1
  shift
  if [ ! -f "$dir/CMakeCache.txt" ] || [ ! -f "$dir/Makefile" ]; then
    cmake -S "$SAFE_EXEC_ROOT" -B "$dir" "$@" >/dev/null || die "cmake configure failed"
  fi
  local targets=()
  [ -n "${CMAKE_TARGETS:-}" ] && targets=(--target ${CMAKE_TARGETS})
  cmake --build "$dir" -j"$(nproc)" "${targets[@]}" -- --no-print-directory >/dev/null ||
    cmake --build "$dir" -j1 "${targets[@]}" || die "build failed"
}

# Node.js may come from elsewhere than Debian (its npm would conflict with Debian's):
# install Debian's only when there is none.
ensure_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && return 0
  apt_install_missing nodejs npm
}

# Debian packages and npm packages, without building.
prepare_deps() {
  apt_install_missing "${SAFE_EXEC_BUILD_PACKAGES[@]}"
  ensure_node
  npm_ci_if_needed
}

prepare_build() {
  prepare_deps
  cmake_build "$BUILD_DIR"
}
