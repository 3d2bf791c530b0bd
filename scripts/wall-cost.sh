#!/usr/bin/env bash
# The runtime wall's cost: tests/wall/cost.py in a throw-away container of the
# sandbox image ($SAFE_EXEC_IMAGE), its programs run with and without the wall.
# Usage: scripts/wall-cost.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib/service.sh"
trap engine_stop_started EXIT
ensure_engine
ensure_image
docker run --rm --network none --user sandbox --entrypoint /usr/bin/python3 \
  -v "$SAFE_EXEC_ROOT/tests/wall/cost.py:/cost.py:ro" "$SAFE_EXEC_IMAGE" -I /cost.py "${1:-50}"
