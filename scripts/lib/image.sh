# Builds the sandbox image when its recipe changed. Sourced by scripts/run.sh and
# scripts/test.sh (after lib/common.sh and lib/engine.sh, with the engine up), or run
# on its own: bash scripts/lib/image.sh [--force].
#
# No image registry is reachable, so the base is made here: mmdebstrap builds a
# minbase root filesystem with the packages of image/packages.txt from this machine's
# own apt sources, `docker import` turns it into safe-exec-rootfs:<hash>, and
# image/Dockerfile adds the user, the entrypoint and the runtime wall, whose policy
# image/wall_policy.py generates from rules/*.txt into the build context (so the wall
# and the static checker never drift), and whose Landlock module the repository's
# CMake builds (image/landlock/: the image depends on that build). The final image
# carries the label safe-exec.recipe=<hash of every input>; a matching label means
# nothing to do.

if [ -z "${SAFE_EXEC_ROOT:-}" ]; then
  source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
fi

SAFE_EXEC_IMAGE=${SAFE_EXEC_IMAGE:-safe-exec-sandbox:latest}
SAFE_EXEC_IMAGE_DIR="$SAFE_EXEC_ROOT/image"

image_suite() {
  if [ -n "${SAFE_EXEC_IMAGE_SUITE:-}" ]; then
    printf '%s\n' "$SAFE_EXEC_IMAGE_SUITE"
    return
  fi
  (. /etc/os-release && printf '%s\n' "${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}")
}

image_packages() { grep -v '^[[:space:]]*\(#\|$\)' "$SAFE_EXEC_IMAGE_DIR/packages.txt"; }

# The root file system depends on the package list, the suite and the functions that
# build it (not the rest of this script); the image on those, every file of image/
# and the rules the wall's policy comes from.
image_rootfs_hash() {
  { image_suite; dpkg --print-architecture; cat "$SAFE_EXEC_IMAGE_DIR/packages.txt"
    declare -f image_packages image_apt_sources image_build_rootfs; } | sha256sum | cut -c1-16
}

image_recipe_hash() {
  { image_rootfs_hash
    cat "$SAFE_EXEC_IMAGE_DIR"/Dockerfile "$SAFE_EXEC_IMAGE_DIR"/*.py "$SAFE_EXEC_ROOT"/rules/*.txt \
      $(image_modules); } |
    sha256sum | cut -c1-16
}

# The image's compiled parts, the wall's Landlock module (image/landlock/) and the
# runner's arena allocator (image/arena/), as the build makes them: built here first
# when they are not up to date (make's check alone when they are), so that this
# script works on its own too. Paths without spaces (the build directory's).
image_modules() {
  printf '%s\n' "$BUILD_DIR/image/wall_landlock.abi3.so" \
    "$BUILD_DIR/image/arena_cache$(python3 -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")"
}

image_build_module() {
  local m
  CMAKE_TARGETS="wall_landlock arena_cache" cmake_build "$BUILD_DIR"
  for m in $(image_modules); do
    [ -f "$m" ] || die "the build made no $m"
  done
}

# The build context: image/ plus the wall's policy generated from rules/.
image_context() {
  local ctx=$1
  rm -rf "$ctx"
  mkdir -p "$ctx"
  cp "$SAFE_EXEC_IMAGE_DIR"/Dockerfile "$SAFE_EXEC_IMAGE_DIR"/*.py $(image_modules) "$ctx"/
  python3 "$SAFE_EXEC_IMAGE_DIR/wall_policy.py" rules "$SAFE_EXEC_ROOT/rules" \
    "$ctx/wall-policy.json" || die "cannot generate the wall policy from rules/"
}

# This machine's configured apt sources, as files mmdebstrap pastes into the chroot.
image_apt_sources() {
  local f
  if [ -n "${SAFE_EXEC_APT_SOURCES:-}" ]; then
    printf '%s\n' $SAFE_EXEC_APT_SOURCES
    return
  fi
  if [ -f /etc/apt/sources.list ] &&
     grep -Eq '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list; then
    printf '%s\n' /etc/apt/sources.list
  fi
  for f in /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && grep -Eq '^[[:space:]]*deb[[:space:]]' "$f" && printf '%s\n' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -Eq '^Types:.*\<deb\>' "$f" && printf '%s\n' "$f"
  done
  return 0
}

image_build_rootfs() {
  local tag=$1 dir="$BUILD_DIR/sandbox-image" suite tar pkgs sources=()
  suite=$(image_suite)
  mapfile -t sources < <(image_apt_sources)
  [ ${#sources[@]} -gt 0 ] || die "no apt sources configured in /etc/apt (set SAFE_EXEC_APT_SOURCES)"
  pkgs=$(image_packages | paste -sd, -)
  apt_install_missing mmdebstrap
  mkdir -p "$dir"
  tar="$dir/rootfs.tar"
  log "building the sandbox root file system ($suite: $pkgs) with mmdebstrap"
  # Documentation, manuals and translations are of no use in a sandbox.
  mmdebstrap --variant=minbase --include="$pkgs" \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --aptopt='Acquire::Retries "3"' \
    "$suite" "$tar" "${sources[@]}" >"$dir/mmdebstrap.log" 2>&1 || {
    tail -n 30 "$dir/mmdebstrap.log" >&2
    die "mmdebstrap failed (log: $dir/mmdebstrap.log)"
  }
  docker import --message "safe-exec sandbox rootfs ($suite: $pkgs)" "$tar" "$tag" >/dev/null ||
    die "docker import of $tar failed"
  rm -f "$tar"
}

ensure_image() {
  local want have rootfs
  image_build_module
  want=$(image_recipe_hash)
  have=$(docker image inspect --format '{{ index .Config.Labels "safe-exec.recipe" }}' \
    "$SAFE_EXEC_IMAGE" 2>/dev/null || true)
  if [ "$have" = "$want" ] && [ "${1:-}" != --force ]; then
    return 0
  fi
  rootfs="safe-exec-rootfs:$(image_rootfs_hash)"
  if [ "${1:-}" = --force ] || ! docker image inspect "$rootfs" >/dev/null 2>&1; then
    image_build_rootfs "$rootfs"
  fi
  log "building $SAFE_EXEC_IMAGE (recipe $want)"
  mkdir -p "$BUILD_DIR/sandbox-image"
  local ctx="$BUILD_DIR/sandbox-image/context-${SAFE_EXEC_IMAGE//[^A-Za-z0-9_.-]/_}"
  image_context "$ctx"
  # The classic builder needs no BuildKit; the build needs no network either.
  DOCKER_BUILDKIT=0 docker build --network none --build-arg "ROOTFS=$rootfs" \
    --label "safe-exec.recipe=$want" --tag "$SAFE_EXEC_IMAGE" "$ctx" \
    >"$BUILD_DIR/sandbox-image/build.log" 2>&1 || {
    tail -n 30 "$BUILD_DIR/sandbox-image/build.log" >&2
    die "docker build of $SAFE_EXEC_IMAGE failed (log: $BUILD_DIR/sandbox-image/build.log)"
  }
  # Root file systems of older recipes are no longer needed, unless a sandbox image
  # of another tag (another checkout sharing the engine) is still built on one.
  local used r
  used=$(docker image ls --filter label=safe-exec.recipe --format '{{.ID}}' |
    xargs -r docker image inspect --format '{{index .RootFS.Layers 0}}' 2>/dev/null | sort -u)
  for r in $(docker image ls --format '{{.Repository}}:{{.Tag}}' safe-exec-rootfs | grep -vxF "$rootfs"); do
    grep -qxF "$(docker image inspect --format '{{index .RootFS.Layers 0}}' "$r" 2>/dev/null)" \
      <<<"$used" || docker image rm "$r" >/dev/null 2>&1 || true
  done
  docker image prune --force --filter label=safe-exec.recipe >/dev/null 2>&1 || true
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  source "$(dirname "${BASH_SOURCE[0]}")/engine.sh"
  ensure_engine
  ensure_image "${1:-}"
  log "image $SAFE_EXEC_IMAGE is up to date"
fi
