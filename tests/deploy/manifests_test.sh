#!/usr/bin/env bash
# Offline checks of the deployment files (ctest deploy_manifests): the Kubernetes
# manifests against the Kubernetes schemas (npm kubernetes-models), a broken copy of
# them refused (so that a validator accepting anything fails here), the compose file
# and the Swarm stack as docker-compose reads them, the balancer's configuration as
# haproxy reads it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

shopt -s nullglob
manifests=(deploy/kubernetes/*.yaml)
[ ${#manifests[@]} -gt 0 ] || { echo "no manifests in deploy/kubernetes"; exit 1; }
node tests/deploy/validate_manifests.mjs "${manifests[@]}" || fail=1

# A port that is not a number, and a probe with a string for its period.
sed 's/containerPort: 5000/containerPort: "five thousand"/' deploy/kubernetes/safe-exec.yaml \
  >"$tmp/bad-port.yaml"
sed 's/periodSeconds: 5$/periodSeconds: often/' deploy/kubernetes/safe-exec.yaml \
  >"$tmp/bad-probe.yaml"
for f in "$tmp"/bad-*.yaml; do
  cmp -s "$f" deploy/kubernetes/safe-exec.yaml && { echo "$f: the edit did not apply"; fail=1; }
  node tests/deploy/validate_manifests.mjs --expect-invalid "$f" >/dev/null ||
    { echo "a broken manifest was accepted: $(basename "$f")"; fail=1; }
done

if command -v docker-compose >/dev/null; then
  compose=(docker-compose)
elif docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  echo "neither docker-compose nor docker compose: apt-get install docker-compose"
  exit 1
fi
for f in compose.yaml deploy/stack.yaml; do
  if "${compose[@]}" -f "$f" config -q; then echo "ok $f (${compose[*]} config)"
  else echo "INVALID $f"; fail=1; fi
done
# The server in the compose file has the engine socket and nothing more.
# (Read whole first: grep -q stopping early would fail the pipe under pipefail.)
resolved=$("${compose[@]}" -f compose.yaml config)
grep -q '/var/run/docker.sock' <<<"$resolved" ||
  { echo "compose.yaml: the server has no engine socket"; fail=1; }

if haproxy -c -f deploy/haproxy.cfg >/dev/null; then echo "ok deploy/haproxy.cfg (haproxy -c)"
else echo "INVALID deploy/haproxy.cfg"; fail=1; fi
exit $fail
