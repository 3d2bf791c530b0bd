#!/usr/bin/env python3
"""A short load on build/safe-exec running under valgrind memcheck: runs (accepted,
timing out, failing), checks, rejected code and bad requests, then SIGTERM. Passes when
every answer had the contract's status and valgrind found no error and no leak
(definite, indirect or possible) in our code or the libraries we call.

Counts: SAFE_EXEC_VALGRIND_RUNS / _CHECKS (default 10 / 20; SAFE_EXEC_LONG_TESTS=1:
50 / 50). Usage: valgrind_load.py BUILD_DIR
"""

import concurrent.futures
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "http"))

LONG = os.environ.get("SAFE_EXEC_LONG_TESTS", "") not in ("", "0")
RUNS = int(os.environ.get("SAFE_EXEC_VALGRIND_RUNS", 50 if LONG else 10))
CHECKS = int(os.environ.get("SAFE_EXEC_VALGRIND_CHECKS", 50 if LONG else 20))
VG_ERROR = 99

RUN_CASES = [  # (payload, HTTP status, run status)
    ({"code": "print(sum(range(100)))"}, 200, "ok"),
    ({"code": "name = input()\nprint('hi', name)", "stdin": "valgrind"}, 200, "ok"),
    ({"code": "print(1 / 0)"}, 200, "error"),
    ({"code": "while True:\n    pass", "timeout": 1}, 200, "timeout"),
    ({"code": "print('x' * 200000)"}, 200, "ok"),
]
BAD = [  # (method, path, body, headers, HTTP status)
    ("POST", "/run", '{"code": "print(1)"', {"Content-Type": "application/json"}, 400),
    ("POST", "/run", '{"code": 42}', {"Content-Type": "application/json"}, 400),
    ("POST", "/run", '[1, 2]', {"Content-Type": "application/json"}, 400),
    ("POST", "/run", '{"code": "import os"}', {"Content-Type": "application/json"}, 422),
    ("POST", "/run", '{"code": "x"}', {"Content-Type": "text/plain"}, 415),
    ("POST", "/check", '{"code": "' + "x" * 6000 + '"}', {"Content-Type": "application/json"}, 413),
    ("GET", "/run", None, {}, 405),
    ("GET", "/nope", None, {}, 404),
    ("POST", "/run", b'{"code": "\xff\xfe"}', {"Content-Type": "application/json"}, 400),
    ("POST", "/run", '{"code": "' + "[" * 300 + '"}', {"Content-Type": "application/json"}, 422),
    ("GET", "/healthz", None, {}, 200),
    ("GET", "/metrics", None, {}, 200),
    ("GET", "/", None, {}, 200),
]


def main():
    build = os.path.abspath(sys.argv[1])
    os.environ["SAFE_EXEC_BIN"] = os.path.join(build, "safe-exec")
    import harness

    log = os.path.join(build, "valgrind-safe-exec.log")
    srv = harness.Server("--pool", "2", "--concurrency", "4", "--conn-timeout", "60",
                         env={"SAFE_EXEC_TEST_START_TIMEOUT": "300"}, wait_ready=False)
    srv.args = ["valgrind", "--tool=memcheck", "--leak-check=full",
                "--show-leak-kinds=definite,indirect,possible",
                "--errors-for-leak-kinds=definite,indirect,possible",
                "--error-exitcode=%d" % VG_ERROR, "--track-origins=yes",
                "--log-file=" + log] + srv.args
    srv.start_timeout = 300
    problems, slow_checks = [], []
    t0 = time.monotonic()
    srv.start()
    try:
        srv.wait_healthy(timeout=300)
        started = time.monotonic() - t0

        def one_run(i):
            payload, http, status = RUN_CASES[i % len(RUN_CASES)]
            r = srv.run(payload, timeout=120)
            got = r.json().get("status")
            if r.status != http or got != status:
                return "run %d: HTTP %d %s, want %d %s" % (i, r.status, got, http, status)
            return None

        def one_check(i):
            code = "def f%d(n):\n    return [k * k for k in range(n)]\nprint(f%d(9))\n" % (i, i)
            r = srv.request("POST", "/check", {"code": code * (1 + i % 8)}, timeout=120)
            body = r.json() if r.status == 200 else {}
            if body.get("ok") is True:
                return None
            # The checker's time budget is wall-clock; valgrind slows it 20-50 times, so
            # its "too complex within the time limit" verdict is a correct answer here.
            if [v.get("rule") for v in body.get("violations", [])] == ["too_deep"] and \
                    "time limit" in body.get("error", ""):
                slow_checks.append(i)
                return None
            return "check %d: %r" % (i, r)

        def one_bad(i):
            method, path, body, headers, want = BAD[i % len(BAD)]
            r = srv.request(method, path, body, headers, timeout=120)
            return None if r.status == want else "bad %d %s %s: HTTP %d, want %d" % (
                i, method, path, r.status, want)

        with concurrent.futures.ThreadPoolExecutor(4) as ex:
            futs = [ex.submit(one_run, i) for i in range(RUNS)]
            futs += [ex.submit(one_check, i) for i in range(CHECKS)]
            futs += [ex.submit(one_bad, i) for i in range(2 * len(BAD))]
            problems += [p for p in (f.result() for f in futs) if p]
    finally:
        code = srv.stop(timeout=300)
    with open(log) as f:
        text = f.read()
    summary = re.search(r"ERROR SUMMARY: (\d+) errors", text)
    leaks = {k: re.search(r"%s: ([\d,]+) bytes in ([\d,]+) blocks" % k, text)
             for k in ("definitely lost", "indirectly lost", "possibly lost", "still reachable")}
    print("valgrind memcheck: %d runs, %d checks, %d bad requests in %.0f s (start-up %.0f s)"
          % (RUNS, CHECKS, 2 * len(BAD), time.monotonic() - t0, started))
    print("  checks over the checker's time budget under valgrind: %d" % len(slow_checks))
    print("  ERROR SUMMARY: %s errors" % (summary.group(1) if summary else "?"))
    for pattern in (r"in use at exit: .*", r"total heap usage: .*", r"All heap blocks .*"):
        m = re.search(pattern, text)
        if m:
            print("  " + m.group(0))
    for k, m in leaks.items():   # absent when every block was freed
        if m:
            print("  %s: %s bytes in %s blocks" % ((k,) + m.groups()))
    print("  server exit code %s; full log %s" % (code, log))
    if code != 0:
        problems.append("server exit code %s (valgrind's error code is %d)" % (code, VG_ERROR))
    if not summary or summary.group(1) != "0":
        problems.append("valgrind reported errors: see " + log)
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    if problems:
        blocks = re.findall(r"==\d+== (?:Invalid|Conditional|Use of|\d[\d,]* bytes in [\d,]+ "
                            r"blocks are (?:definitely|indirectly|possibly)).*", text)
        for b in blocks[:20]:
            print("  " + b, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
