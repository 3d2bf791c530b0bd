#!/usr/bin/env bash
# Installs what is missing, builds, and serves on 127.0.0.1:5000.
set -euo pipefail
source "$(dirname "$0")/lib/service.sh"

# The sandbox needs a Docker engine (started here when none answers; it keeps running
# after the server stops) and the sandbox image (built when its recipe changed).
prepare_service

# Serve in the foreground: Ctrl-C (or SIGTERM) stops it and removes its containers.
# Flags pass through (scripts/run.sh --port 8080 --concurrency 2); see --help.
log "serving on http://${SAFE_EXEC_HOST:-127.0.0.1}:${SAFE_EXEC_PORT:-5000} (Ctrl-C stops)"
exec "$BUILD_DIR/safe-exec" "$@"
