# Everything a script needs before it can run the service: what is missing installed,
# the build up to date, a Docker engine answering and the sandbox image current.
# Sourced by the scripts (run, test, bench, security-report, screenshot); a script
# that should stop an engine it started sets `trap engine_stop_started EXIT` itself.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/engine.sh"
source "$(dirname "${BASH_SOURCE[0]}")/image.sh"

prepare_service() {
  prepare_build
  ensure_engine
  ensure_image
}
