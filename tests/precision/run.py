#!/usr/bin/env python3
"""Measure the static checker's precision on a corpus of ordinary programs.

    run.py --checker PATH --rules DIR [--server URL]
           [--min-accept PCT] [--min-identical PCT]

Every cases/NNN_name.py is checked with `CHECKER --rules DIR FILE` (exit 0
accepted, 1 refused, with one `FILE:LINE:COL: RULE: message` line per
violation). Each refusal is printed with its violations, then the figure
`accepted N of M (P%)`. The programs in refused-by-design/ are checked too and
reported apart; they do not count in the figure.

With --server, every accepted case is POSTed to URL/run as
{"code": ..., "stdin": ...} and its stdout, stderr and exit code are compared
with the recorded NNN_name.out, .err (absent = empty) and .exit (absent = 0),
giving `identical N of K`. Both streams are compared normalised (streams.py):
the program's traceback frames and unittest's timing line.

Exit status: 0, or 1 when a figure is below its --min-* threshold or the
checker misbehaves, 2 on usage errors. Standard library only.
"""

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

from streams import normalise

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
BY_DESIGN = os.path.join(HERE, "refused-by-design")
HTTP_TIMEOUT = 60  # seconds for one /run answer; the sandbox's own limit is 10 s
BUSY_RETRIES = 5   # a busy server (429/503) is retried after Retry-After


def programs(directory):
    return sorted(os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".py"))


def read(path, default=""):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def check(checker, rules, path):
    """Return (verdict, report): verdict is "accepted", "refused" or "error"."""
    # Run from the corpus directory so reports name cases/NNN_name.py.
    proc = subprocess.run([checker, "--rules", rules, os.path.relpath(path, HERE)],
                          capture_output=True, text=True, timeout=60, cwd=HERE)
    report = (proc.stdout + proc.stderr).rstrip("\n")
    if proc.returncode == 0:
        return "accepted", report
    if proc.returncode == 1 and proc.stdout.strip():
        return "refused", report
    # Exit 1 without a violation, or any other status, is the tool failing.
    return "error", f"checker exit {proc.returncode}: {report}"


def post_run(url, code, stdin):
    body = {"code": code}
    if stdin is not None:
        body["stdin"] = stdin
    data = json.dumps(body).encode("utf-8")
    for attempt in range(BUSY_RETRIES + 1):
        req = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=HTTP_TIMEOUT) as resp:
                return resp.status, json.loads(resp.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            answer = e.read().decode("utf-8", "replace")
            if e.code in (429, 503) and attempt < BUSY_RETRIES:
                time.sleep(min(float(e.headers.get("Retry-After") or 1), 10))
                continue
            try:
                return e.code, json.loads(answer)
            except ValueError:
                return e.code, {"error": answer}


def first_difference(name, want, got):
    want_lines, got_lines = want.splitlines(), got.splitlines()
    for i, (w, g) in enumerate(zip(want_lines, got_lines), 1):
        if w != g:
            return f"{name} line {i}: expected {w!r}, got {g!r}"
    return f"{name}: expected {len(want_lines)} lines, got {len(got_lines)} ({want[-20:]!r} vs {got[-20:]!r})"


def compare(url, path):
    """Run one case on the server; return a list of differences (empty = identical)."""
    base = path[:-3]
    stdin = read(base + ".stdin", None)
    status, answer = post_run(url, read(path), stdin)
    if status != 200:
        return [f"HTTP {status}: {answer.get('error')}"]
    problems = []
    if answer.get("status") not in ("ok", "error") or answer.get("truncated"):
        problems.append(f"status {answer.get('status')}: {answer.get('error')}")
    want_exit = int(read(base + ".exit", "0").strip())
    if answer.get("exit_code") != want_exit:
        problems.append(f"exit code: expected {want_exit}, got {answer.get('exit_code')}")
    for stream, ext in (("stdout", ".out"), ("stderr", ".err")):
        want, got = read(base + ext), answer.get(stream) or ""
        want, got = normalise(want), normalise(got)  # frame lines, unittest's timing
        if want != got:
            problems.append(first_difference(stream, want, got))
    return problems


def percent(n, m):
    return 100.0 * n / m if m else 0.0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checker", required=True, help="path to safe-exec-check")
    parser.add_argument("--rules", required=True, help="rules directory for the checker")
    parser.add_argument("--server", help="base URL of a running safe-exec server")
    parser.add_argument("--min-accept", type=float, metavar="PCT",
                        help="exit 1 if fewer than PCT%% of the cases are accepted")
    parser.add_argument("--min-identical", type=float, metavar="PCT",
                        help="exit 1 if fewer than PCT%% of the accepted cases run identically")
    args = parser.parse_args(argv)
    args.checker, args.rules = os.path.abspath(args.checker), os.path.abspath(args.rules)
    if not (os.path.isfile(args.checker) and os.access(args.checker, os.X_OK)):
        parser.error(f"checker {args.checker!r} is not an executable file")
    if not os.path.isdir(args.rules):
        parser.error(f"rules {args.rules!r} is not a directory")

    failed = False
    accepted = []
    errors = 0
    cases = programs(CASES)
    for path in cases:
        verdict, report = check(args.checker, args.rules, path)
        if verdict == "accepted":
            accepted.append(path)
            continue
        errors += verdict == "error"
        print(f"{verdict.upper()} {os.path.basename(path)}")
        for line in report.splitlines():
            print("    " + line)
    share = percent(len(accepted), len(cases))
    print(f"accepted {len(accepted)} of {len(cases)} ({share:.1f}%)")
    if errors:
        print(f"checker failed on {errors} cases")
        failed = True
    if args.min_accept is not None and share < args.min_accept:
        print(f"below the minimum of {args.min_accept:g}%")
        failed = True

    design = programs(BY_DESIGN)
    slipped = [p for p in design if check(args.checker, args.rules, p)[0] == "accepted"]
    print(f"refused by design: {len(design) - len(slipped)} of {len(design)} refused")
    for path in slipped:
        print(f"    ACCEPTED {os.path.basename(path)} (meant to be refused)")

    if args.server:
        url = args.server.rstrip("/") + "/run"
        identical = 0
        for path in accepted:
            try:
                problems = compare(url, path)
            except (OSError, ValueError) as e:
                problems = [f"request failed: {e}"]
            if problems:
                print(f"DIFFERENT {os.path.basename(path)}")
                for p in problems:
                    print("    " + p)
            else:
                identical += 1
        share = percent(identical, len(accepted))
        print(f"identical {identical} of {len(accepted)} ({share:.1f}%)")
        if args.min_identical is not None and share < args.min_identical:
            print(f"below the minimum of {args.min_identical:g}%")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
