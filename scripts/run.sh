#!/usr/bin/env bash
# Installs what is missing, builds, and serves on 127.0.0.1:5000.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

prepare_build
log "built $BUILD_DIR/safe-exec-check"
