#!/usr/bin/env bash
# Security report: the classic attacks on a code runner, each run twice, through the
# server (POST /run: the static checker, then the container) and straight to the
# container (build/sb-run: the sandbox alone), and a table of which layer stopped each
# one, with the evidence from the answers. Exit status 1 when one was not stopped.
# Usage: scripts/security-report.sh [--jobs N]   (the ctest security.report runs the same)
set -euo pipefail
source "$(dirname "$0")/lib/service.sh"

trap engine_stop_started EXIT
prepare_service
python3 "$SAFE_EXEC_ROOT/tests/security/report.py" --build "$BUILD_DIR" "$@"
