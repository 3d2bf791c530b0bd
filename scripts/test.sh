#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest).
# Usage: scripts/test.sh [ctest arguments...]
set -euo pipefail
source "$(dirname "$0")/lib/service.sh"

# A Docker engine for the sandbox tests is stopped at the end if started here; the
# sandbox image is rebuilt only when its recipe changed.
trap engine_stop_started EXIT
prepare_service
cd "$BUILD_DIR"
ctest --output-on-failure "$@"
