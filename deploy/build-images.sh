#!/usr/bin/env bash
# Builds the two images a node runs: the server (deploy/Dockerfile) and the sandbox
# (deploy/sandbox.Dockerfile), into the engine DOCKER_HOST names (default: the local
# one). Usage: bash deploy/build-images.sh [--base registry|mmdebstrap]
#
#   registry    both from debian:bookworm-slim, packages by apt inside the build (a
#               machine that can pull: Docker Desktop, a CI runner, a cluster node)
#   mmdebstrap  no registry: the bases are made here by mmdebstrap from this machine's
#               own apt sources (as scripts/lib/image.sh makes the sandbox's), with
#               every package already in them, and the builds run with no network.
#               The default on a Debian host.
#
# Tags: $SAFE_EXEC_SERVER_IMAGE (default safe-exec-server:latest) and $SAFE_EXEC_IMAGE
# (default safe-exec-sandbox:latest); the bases safe-exec-server-build-base:<hash>,
# safe-exec-server-base:<hash> and safe-exec-rootfs:<hash>. Nothing is removed.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$SAFE_EXEC_ROOT/scripts/lib/image.sh"   # functions only when sourced

SERVER_IMAGE=${SAFE_EXEC_SERVER_IMAGE:-safe-exec-server:latest}
SANDBOX_IMAGE=${SAFE_EXEC_IMAGE:-safe-exec-sandbox:latest}
BUILD_PACKAGES="build-essential cmake pkg-config libtree-sitter-dev libunistring-dev
libjansson-dev libmicrohttpd-dev libcurl4-openssl-dev libsqlite3-dev libpq-dev libcmocka-dev python3 python3-dev"
RUNTIME_PACKAGES="libtree-sitter0 libunistring2 libjansson4 libmicrohttpd12 libcurl4 libsqlite3-0
libpq5 ca-certificates"

mode=
[ -f /etc/debian_version ] && command -v apt-get >/dev/null && mode=mmdebstrap || mode=registry
while [ $# -gt 0 ]; do
  case $1 in
    --base) mode=${2:?--base needs registry or mmdebstrap}; shift 2 ;;
    *) die "usage: $0 [--base registry|mmdebstrap]" ;;
  esac
done

# A base image with the given packages, made by mmdebstrap; its tag has the hash of
# what went into it, so it is made once.
mmdebstrap_base() {
  local repo=$1 pkgs=$2 hash tag suite tar sources=() dir="$BUILD_DIR/deploy-image"
  suite=$(image_suite)
  hash=$({ echo "$suite"; dpkg --print-architecture; echo $pkgs; } | sha256sum | cut -c1-16)
  tag="$repo:$hash"
  if docker image inspect "$tag" >/dev/null 2>&1; then
    printf '%s\n' "$tag"
    return
  fi
  mapfile -t sources < <(image_apt_sources)
  [ ${#sources[@]} -gt 0 ] || die "no apt sources configured in /etc/apt"
  apt_install_missing mmdebstrap
  mkdir -p "$dir"
  tar="$dir/$hash.tar"
  log "making $tag with mmdebstrap ($suite: $(echo $pkgs))"
  mmdebstrap --variant=apt --include="$(echo $pkgs | tr ' ' ,)" \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --aptopt='Acquire::Retries "3"' \
    "$suite" "$tar" "${sources[@]}" >"$dir/$hash.log" 2>&1 || {
    tail -n 20 "$dir/$hash.log" >&2
    die "mmdebstrap failed (log: $dir/$hash.log)"
  }
  docker import --message "safe-exec deploy base ($suite)" "$tar" "$tag" >/dev/null
  rm -f "$tar"
  printf '%s\n' "$tag"
}

[ -f "$SAFE_EXEC_ROOT/node_modules/tree-sitter-python/src/parser.c" ] ||
  (cd "$SAFE_EXEC_ROOT" && npm ci --ignore-scripts >/dev/null) ||
  die "npm ci --ignore-scripts failed: the grammar and the editor come from node_modules"

args=() sandbox_args=() net=()
if [ "$mode" = mmdebstrap ]; then
  build_base=$(mmdebstrap_base safe-exec-server-build-base "$BUILD_PACKAGES")
  base=$(mmdebstrap_base safe-exec-server-base "$RUNTIME_PACKAGES")
  rootfs="safe-exec-rootfs:$(image_rootfs_hash)"
  docker image inspect "$rootfs" >/dev/null 2>&1 || image_build_rootfs "$rootfs"
  args=(--build-arg "BUILD_BASE=$build_base" --build-arg "BASE=$base")
  sandbox_args=(--build-arg "BASE=$rootfs" --build-arg "BUILD_BASE=$build_base")
  net=(--network none)
elif [ "$mode" != registry ]; then
  die "--base must be registry or mmdebstrap"
fi

log "building $SANDBOX_IMAGE (deploy/sandbox.Dockerfile, $mode)"
DOCKER_BUILDKIT=0 docker build -q "${net[@]}" "${sandbox_args[@]}" \
  -f "$SAFE_EXEC_ROOT/deploy/sandbox.Dockerfile" -t "$SANDBOX_IMAGE" "$SAFE_EXEC_ROOT" >/dev/null
log "building $SERVER_IMAGE (deploy/Dockerfile, $mode)"
DOCKER_BUILDKIT=0 docker build -q "${net[@]}" "${args[@]}" \
  -f "$SAFE_EXEC_ROOT/deploy/Dockerfile" -t "$SERVER_IMAGE" "$SAFE_EXEC_ROOT" >/dev/null
log "built $SERVER_IMAGE and $SANDBOX_IMAGE"
