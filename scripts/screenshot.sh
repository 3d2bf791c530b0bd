#!/usr/bin/env bash
# Regenerates the README's screenshots of the editor (docs/screenshot.png at
# 1280x800, docs/screenshot-phone.png at 390x844): builds, makes sure the engine and
# the image are there, then tests/browser/screenshot.mjs starts a server on a free
# port, runs an example in headless chromium and saves the page.
# Usage: scripts/screenshot.sh [OUTPUT_DIR]   (default: docs/)
set -euo pipefail
source "$(dirname "$0")/lib/service.sh"

out=$(mkdir -p "${1:-$SAFE_EXEC_ROOT/docs}" && cd "${1:-$SAFE_EXEC_ROOT/docs}" && pwd)
trap engine_stop_started EXIT
prepare_service
SAFE_EXEC_BIN="$BUILD_DIR/safe-exec" SAFE_EXEC_WWW="$BUILD_DIR/www" SAFE_EXEC_SHOTS="$out" \
  node "$SAFE_EXEC_ROOT/tests/browser/screenshot.mjs"
