#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs one for N seconds, growing its
# corpus under tests/fuzz/corpus/<target>/ and writing any crash to
# tests/fuzz/artifacts/. Usage: scripts/fuzz.sh [TARGET] [SECONDS]
#   TARGET: analyzer (default) or any fuzz-<name> target the build defines.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

target=${1:-analyzer}
seconds=${2:-60}
apt_install_missing clang libclang-rt-14-dev
prepare_deps
fuzz_dir="$SAFE_EXEC_ROOT/build-fuzz"
CC=clang CMAKE_TARGETS="fuzz-$target" cmake_build "$fuzz_dir" -DSAFE_EXEC_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo
corpus="$SAFE_EXEC_ROOT/tests/fuzz/corpus/$target"
artifacts="$SAFE_EXEC_ROOT/tests/fuzz/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
seeds=()
if [ "$target" = analyzer ]; then
  for d in tests/rules tests/checker/oracle-seeds; do
    [ -d "$SAFE_EXEC_ROOT/$d" ] && seeds+=("$SAFE_EXEC_ROOT/$d")
  done
fi
log "fuzzing $target for ${seconds}s (corpus $corpus)"
SAFE_EXEC_RULES="$SAFE_EXEC_ROOT/rules" "$fuzz_dir/fuzz-$target" \
  -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" "${seeds[@]}"
