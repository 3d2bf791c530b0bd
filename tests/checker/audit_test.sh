#!/usr/bin/env bash
# The committed rules/modules-audit.txt, rules/library-aliases.txt, rules/library-attributes.txt,
# rules/library-private.txt,
# rules/library-duck-calls.txt, rules/library-self-calls.txt, rules/library-held-calls.txt,
# rules/library-text.txt,
# rules/library-methods.txt, rules/library-classes.txt and rules/library-unbound.txt must match
# what the audits find now: a new Python with new module or class attributes must
# not slip past the rules unnoticed.
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
"$py" "$root/scripts/audit-library-aliases.py" >"$fresh"
if ! diff -u "$root/rules/library-aliases.txt" "$fresh"; then
  echo "rules/library-aliases.txt is stale: run python3 scripts/audit-library-aliases.py > rules/library-aliases.txt and review the diff" >&2
  exit 1
fi
echo "library alias audit: up to date ($(grep -c '^library-alias' "$fresh") names)"
"$py" "$root/scripts/audit-library-attributes.py" >"$fresh"
if ! diff -u "$root/rules/library-attributes.txt" "$fresh"; then
  echo "rules/library-attributes.txt is stale: run python3 scripts/audit-library-attributes.py > rules/library-attributes.txt and review the diff" >&2
  exit 1
fi
echo "library attribute audit: up to date ($(grep -c '^library-attribute' "$fresh") names)"
"$py" "$root/scripts/audit-library-methods.py" >"$fresh"
if ! diff -u "$root/rules/library-methods.txt" "$fresh"; then
  echo "rules/library-methods.txt is stale: run python3 scripts/audit-library-methods.py > rules/library-methods.txt and review the diff" >&2
  exit 1
fi
echo "library method audit: up to date ($(grep -c '^library-method' "$fresh") names)"
"$py" "$root/scripts/audit-library-classes.py" >"$fresh" 2>/dev/null
if ! diff -u "$root/rules/library-classes.txt" "$fresh"; then
  echo "rules/library-classes.txt is stale: run python3 scripts/audit-library-classes.py > rules/library-classes.txt and review the diff" >&2
  exit 1
fi
echo "library class audit: up to date ($(grep -c '^library-holds' "$fresh") holding, $(grep -c '^library-copies' "$fresh") copying, $(grep -c '^library-passes' "$fresh") passing on)"
"$py" "$root/scripts/audit-library-unbound.py" >"$fresh"
if ! diff -u "$root/rules/library-unbound.txt" "$fresh"; then
  echo "rules/library-unbound.txt is stale: run python3 scripts/audit-library-unbound.py > rules/library-unbound.txt and review the diff" >&2
  exit 1
fi
echo "library unbound-method audit: up to date ($(grep -c '^library-unbound ' "$fresh") names, $(grep -c '^library-unbound-of' "$fresh") class methods)"
"$py" "$root/scripts/audit-library-private.py" >"$fresh"
if ! diff -u "$root/rules/library-private.txt" "$fresh"; then
  echo "rules/library-private.txt is stale: run python3 scripts/audit-library-private.py > rules/library-private.txt and review the diff" >&2
  exit 1
fi
echo "library private-name audit: up to date ($(grep -c '^library-private' "$fresh") names)"
"$py" "$root/scripts/audit-library-duck-calls.py" >"$fresh"
if ! diff -u "$root/rules/library-duck-calls.txt" "$fresh"; then
  echo "rules/library-duck-calls.txt is stale: run python3 scripts/audit-library-duck-calls.py > rules/library-duck-calls.txt and review the diff" >&2
  exit 1
fi
echo "library duck-call audit: up to date ($(grep -c '^library-duck ' "$fresh") method names, $(grep -c '^library-callable-class' "$fresh") callable classes)"
"$py" "$root/scripts/audit-library-self-calls.py" >"$fresh"
if ! diff -u "$root/rules/library-self-calls.txt" "$fresh"; then
  echo "rules/library-self-calls.txt is stale: run python3 scripts/audit-library-self-calls.py > rules/library-self-calls.txt and review the diff" >&2
  exit 1
fi
echo "library self-call audit: up to date ($(grep -c '^library-self-call ' "$fresh") rows)"
"$py" "$root/scripts/audit-library-text.py" >"$fresh"
if ! diff -u "$root/rules/library-text.txt" "$fresh"; then
  echo "rules/library-text.txt is stale: run python3 scripts/audit-library-text.py > rules/library-text.txt and review the diff" >&2
  exit 1
fi
echo "library text audit: up to date ($(grep -c '^library-python-text ' "$fresh") classes)"
"$py" "$root/scripts/audit-library-held-calls.py" >"$fresh"
if ! diff -u "$root/rules/library-held-calls.txt" "$fresh"; then
  echo "rules/library-held-calls.txt is stale: run python3 scripts/audit-library-held-calls.py > rules/library-held-calls.txt and review the diff" >&2
  exit 1
fi
echo "library held-call audit: up to date ($(grep -c '^library-held-call ' "$fresh") rows)"
