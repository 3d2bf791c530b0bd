#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest).
# Usage: scripts/test.sh [ctest arguments...]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/engine.sh"
source "$(dirname "$0")/lib/image.sh"

prepare_build
# A Docker engine for the sandbox tests (stopped at the end if started here) and the
# sandbox image (rebuilt only when its recipe changed).
trap engine_stop_started EXIT
ensure_engine
ensure_image
cd "$BUILD_DIR"
ctest --output-on-failure "$@"
