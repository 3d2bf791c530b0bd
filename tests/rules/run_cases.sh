#!/usr/bin/env bash
# run_cases.sh - runs the rule-test suite through the checker CLI.
#
# Usage: run_cases.sh CHECK_BINARY RULES_DIR FILE...
#
# Each FILE states its expectation in its leading comment lines:
#   # expect: accept              -> exit 0 and no violations
#   # expect: reject RULE         -> exit 1 and RULE among the reported rules
#   # line: N                     -> (optional) RULE is reported on line N
#   # why: ...                    -> (optional) the technique, for readers
# The header is read from the raw bytes (UTF-16 files by their BOM, everything
# else as Latin-1), so files with hostile bytes still carry a readable header.
#
# Prints one line per failing case, then "N passed, M failed"; exits 1 when any
# case fails, 2 on usage errors.
set -u

if [ "$#" -lt 3 ]; then
    echo "usage: $0 CHECK_BINARY RULES_DIR FILE..." >&2
    exit 2
fi
if [ ! -x "$1" ]; then
    echo "$0: checker '$1' is not an executable file" >&2
    exit 2
fi
if [ ! -d "$2" ]; then
    echo "$0: rules directory '$2' does not exist" >&2
    exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "$0: python3 is required to read the cases and the checker's JSON" >&2
    exit 2
fi

exec python3 - "$@" <<'PY'
import json
import re
import subprocess
import sys

# A hung or crashing checker is a failure of the case, never of the runner.
TIMEOUT_S = 30

check, rules_dir, files = sys.argv[1], sys.argv[2], sys.argv[3:]


def read_header(raw):
    """Returns (expect, rule, line) from the leading comment lines, or raises."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        text = raw.decode("latin-1")
    expect = rule = line = None
    for ln in re.split(r"\r\n|\r|\n", text):
        s = ln.strip(" \t\f")
        if not s:
            continue
        if not s.startswith("#"):
            break  # the header ends with the first line of code
        m = re.match(r"#\s*expect:\s*(accept|reject)\b\s*(\S*)\s*$", s)
        if m:
            expect, rule = m.group(1), m.group(2) or None
            continue
        m = re.match(r"#\s*line:\s*(\d+)\s*$", s)
        if m:
            line = int(m.group(1))
    if expect is None:
        raise ValueError("no '# expect:' header")
    if expect == "reject" and not rule:
        raise ValueError("'# expect: reject' names no rule")
    if expect == "accept" and line is not None:
        raise ValueError("'# line:' makes no sense with accept")
    return expect, rule, line


def describe(code, violations):
    if violations is None:
        return "exit %s" % code
    hits = ", ".join("%s@%s:%s" % (v.get("rule"), v.get("line"), v.get("column"))
                     for v in violations)
    return "exit %s [%s]" % (code, hits)


passed = failed = 0
for path in files:
    def fail(expected, got):
        global failed
        failed += 1
        print("FAIL %s: expected %s, got %s" % (path, expected, got), flush=True)

    try:
        with open(path, "rb") as fh:
            expect, rule, want_line = read_header(fh.read())
    except (OSError, ValueError) as e:
        fail("a readable case", "%s" % e)
        continue
    wanted = "accept" if expect == "accept" else "reject %s" % rule
    if want_line is not None:
        wanted += " on line %d" % want_line

    try:
        proc = subprocess.run([check, "--rules", rules_dir, "--json", path],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        fail(wanted, "no answer within %d s" % TIMEOUT_S)
        continue
    code = proc.returncode
    try:
        violations = json.loads(proc.stdout.decode("utf-8"))
        if not isinstance(violations, list) or not all(isinstance(v, dict) for v in violations):
            raise ValueError("not an array of objects")
    except ValueError as e:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        fail(wanted, "exit %s, unreadable JSON (%s)%s" %
             (code, e, ("; stderr: " + err[0]) if err else ""))
        continue

    if expect == "accept":
        ok = code == 0 and not violations
    else:
        hits = [v for v in violations if v.get("rule") == rule]
        ok = code == 1 and bool(hits)
        if ok and want_line is not None:
            ok = any(v.get("line") == want_line for v in hits)
    if ok:
        passed += 1
    else:
        fail(wanted, describe(code, violations))

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
