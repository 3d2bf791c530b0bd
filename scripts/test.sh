#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest).
# Usage: scripts/test.sh [ctest arguments...]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

prepare_build
cd "$BUILD_DIR"
ctest --output-on-failure "$@"
