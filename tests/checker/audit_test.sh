#!/usr/bin/env bash
# The committed rules/modules-audit.txt must match what the audit finds now: a new
# Python with new module attributes must not slip past the rules unnoticed.
set -euo pipefail
root=$1
# The sandbox image runs Debian's python3: audit with the same one when present.
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3)
fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT
"$py" "$root/scripts/audit-modules.py" >"$fresh"
if ! diff -u "$root/rules/modules-audit.txt" "$fresh"; then
  echo "rules/modules-audit.txt is stale: run python3 scripts/audit-modules.py > rules/modules-audit.txt and review the diff" >&2
  exit 1
fi
echo "module audit: up to date ($(grep -c '^module-deny' "$fresh") denied attributes)"
