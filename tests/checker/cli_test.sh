#!/usr/bin/env bash
# The CLI contract: exit codes, line format, --json, stdin, default rules, and rule
# files that are malformed stop it with file:line: message.
set -uo pipefail
check=$(realpath "$1")
rules=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

printf 'print(1)\n' >"$tmp/good.py"
printf 'import os\nx = 1\ny = eval("2")\n' >"$tmp/bad.py"

"$check" --rules "$rules" "$tmp/good.py" >"$tmp/out" 2>&1
[ $? -eq 0 ] && [ ! -s "$tmp/out" ] && ok || bad "accepted file: exit 0, no output"

"$check" --rules "$rules" "$tmp/bad.py" >"$tmp/out" 2>&1
rc=$?
[ $rc -eq 1 ] && ok || bad "rejected file: exit 1, got $rc"
grep -qx "$tmp/bad.py:1:1: import: import of 'os' is not allowed" "$tmp/out" && ok ||
  bad "line format for import: $(cat "$tmp/out")"
grep -qx "$tmp/bad.py:3:5: builtin: use of 'eval' is not allowed" "$tmp/out" && ok ||
  bad "line format for builtin: $(cat "$tmp/out")"

"$check" --rules "$rules" "$tmp/good.py" "$tmp/bad.py" >/dev/null 2>&1
[ $? -eq 1 ] && ok || bad "any rejected file makes exit 1"

"$check" --rules "$rules" --json "$tmp/bad.py" >"$tmp/json"
python3 - "$tmp/json" "$tmp/bad.py" <<'PY' && ok || bad "--json shape"
import json, sys
items = json.load(open(sys.argv[1]))
assert isinstance(items, list) and len(items) == 2, items
for it in items:
    assert {"file", "rule", "line", "column", "message"} <= set(it), it
    assert it["file"] == sys.argv[2]
assert [(i["rule"], i["line"], i["column"]) for i in items] == [("import", 1, 1), ("builtin", 3, 5)], items
PY

"$check" --rules "$rules" --json "$tmp/good.py" >"$tmp/json"
[ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])))' "$tmp/json")" = "[]" ] && ok ||
  bad "--json on accepted file prints []"

printf 'import socket\n' | "$check" --rules "$rules" - >"$tmp/out" 2>&1
[ $? -eq 1 ] && grep -q '^-:1:1: import:' "$tmp/out" && ok || bad "stdin as -: $(cat "$tmp/out")"

# a refusal names the allowed alternative where one exists
printf 'import logging\nroot = logging.getLogger()\nroot.handlers.clear()\n' >"$tmp/hd.py"
"$check" --rules "$rules" "$tmp/hd.py" >"$tmp/out" 2>&1
[ $? -eq 1 ] && grep -q "^$tmp/hd.py:3:1: store: .*logging.basicConfig(handlers=" "$tmp/out" && ok ||
  bad "the handlers store teaches basicConfig: $(cat "$tmp/out")"

(cd / && "$check" "$tmp/bad.py" >/dev/null 2>&1)
[ $? -eq 1 ] && ok || bad "default rules dir works from any working directory"

"$check" --rules "$rules" "$tmp/missing.py" >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "missing file: exit 2"
"$check" >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "no arguments: exit 2"
"$check" --bogus x.py >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "unknown flag: exit 2"

mkdir "$tmp/rules"
cp "$rules"/*.txt "$tmp/rules/"
printf '# fine\nimport math\nfrobnicate os\n' >"$tmp/rules/zz-bad.txt"
"$check" --rules "$tmp/rules" "$tmp/good.py" >"$tmp/out" 2>&1
rc=$?
[ $rc -eq 2 ] && grep -q "zz-bad.txt:3: unknown directive 'frobnicate'" "$tmp/out" && ok ||
  bad "unknown directive: exit 2 and file:line: message, got $rc: $(cat "$tmp/out")"
printf 'import\n' >"$tmp/rules/zz-bad.txt"
"$check" --rules "$tmp/rules" "$tmp/good.py" >"$tmp/out" 2>&1
grep -q "zz-bad.txt:1: 'import' takes 1 argument, got 0" "$tmp/out" && ok ||
  bad "missing argument: $(cat "$tmp/out")"
printf 'max-depth lots\n' >"$tmp/rules/zz-bad.txt"
"$check" --rules "$tmp/rules" "$tmp/good.py" >"$tmp/out" 2>&1
grep -q "zz-bad.txt:1: max-depth needs a number" "$tmp/out" && ok || bad "bad number: $(cat "$tmp/out")"
"$check" --rules "$tmp/nowhere" "$tmp/good.py" >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q "nowhere" "$tmp/out" && ok || bad "missing rules dir names it"

# The effective rule set as JSON: what GET /rules publishes.
"$check" --rules "$rules" --rules-json >"$tmp/rules.json" 2>&1
[ $? -eq 0 ] && python3 - "$tmp/rules.json" <<'PY' && ok || bad "--rules-json: $(head -c 300 "$tmp/rules.json")"
import json, sys
r = json.load(open(sys.argv[1]))
m = r["modules"]
assert m["sys"]["facade"] and "stdin" in m["sys"]["allowed_attributes"], m["sys"]
assert "modules" not in m["sys"]["allowed_attributes"]
assert "dataclass" in m["dataclasses"]["decorator_only"]
assert "attrgetter" in m["operator"]["literal_name_arguments"]
assert "os" not in m and "math" in m and m["math"]["facade"]
assert "eval" in r["refused_builtins"] and "getattr" in r["guarded_builtins"]
assert "__init__" in r["allowed_dunders"] and "__class__" in r["read_only_dunders"]
assert "gi_frame" in r["refused_attributes"] and "format" in r["literal_only_methods"]
assert r["limits"]["max_depth"] > 0 and r["limits"]["max_source_bytes"] > 0
assert r["refused_builtins"] == sorted(r["refused_builtins"])
PY
"$check" --rules "$tmp/nowhere" --rules-json >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "--rules-json with a missing rules dir: exit 2"

# A private name read through an operator's other operand is judged by the generated
# rules/library-private.txt; a rules directory without it fails closed.
printf 'class V:\n    def __init__(self, x):\n        self._x = x\n\n    def __add__(self, o):\n        return V(self._x + o._x)\n    def value(self):\n        return self._x\n\n\nprint((V(1) + V(2)).value())\n' >"$tmp/operand.py"
"$check" --rules "$rules" "$tmp/operand.py" >/dev/null 2>&1
[ $? -eq 0 ] && ok || bad "o._x in __add__ accepted with the generated private-name list"
mkdir -p "$tmp/partial"
cp "$rules"/*.txt "$tmp/partial/" && rm -f "$tmp/partial/library-private.txt"
"$check" --rules "$tmp/partial" "$tmp/operand.py" >"$tmp/out" 2>&1
[ $? -eq 1 ] && grep -q "6:28: attribute:" "$tmp/out" && ok ||
  bad "o._x refused without library-private.txt (fail closed): $(cat "$tmp/out")"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
