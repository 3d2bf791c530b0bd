#!/usr/bin/env python3
"""Record the expected output of every precision case.

Runs each case twice under the current python3 (with different hash seeds, in
an empty temporary directory, stdin from NNN_name.stdin or empty) and refuses
to record a case whose two runs differ, so a nondeterministic program cannot
slip into the corpus. Writes NNN_name.out, NNN_name.err (only when stderr is
non-empty) and NNN_name.exit (only when the status is not 0), and removes stale
ones; both streams normalised by streams.py (the program's traceback frames and
unittest's timing line).

Usage: record.py [DIR ...]   (default: cases/ and refused-by-design/ here)
"""

import os
import subprocess
import sys
import tempfile
import time

from streams import normalise

HERE = os.path.dirname(os.path.abspath(__file__))
CODE_LIMIT = 5000  # the server's default limit on code, in characters
LINE_RANGE = (10, 120)
SLOW_SECONDS = 0.5  # interpreter start included; cases must finish well under 1 s


def run_once(path, stdin_text, seed, workdir):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "PYTHONHASHSEED": str(seed), "LANG": "C.UTF-8"}
    # The sandbox feeds the code itself, so the program must not depend on
    # its own file name or location: run a copy named like the sandbox does.
    with open(path, encoding="utf-8") as f:
        code = f.read()
    start = time.perf_counter()
    # Bytes, not text mode: universal newlines would turn a csv writer's \r\n
    # into \n, which the sandbox (rightly) does not.
    proc = subprocess.run([sys.executable, "-c", code],
                          input=(stdin_text or "").encode("utf-8"),
                          capture_output=True, cwd=workdir, env=env, timeout=10)
    elapsed = time.perf_counter() - start
    if elapsed > SLOW_SECONDS:
        print(f"warning: {os.path.basename(path)} took {elapsed:.2f} s")
    out, err = (b.decode("utf-8", "replace") for b in (proc.stdout, proc.stderr))
    return normalise(out), normalise(err), proc.returncode


def write_or_remove(path, text):
    if text:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    elif os.path.exists(path):
        os.remove(path)


def record_dir(directory):
    problems = 0
    count = 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(directory, name)
        base = path[:-3]
        with open(path, encoding="utf-8") as f:
            code = f.read()
        lines = code.count("\n")
        if len(code) > CODE_LIMIT or not LINE_RANGE[0] <= lines <= LINE_RANGE[1]:
            print(f"{name}: {len(code)} characters, {lines} lines: out of bounds")
            problems += 1
        stdin_text = ""
        if os.path.exists(base + ".stdin"):
            with open(base + ".stdin", encoding="utf-8") as f:
                stdin_text = f.read()
        with tempfile.TemporaryDirectory() as w1, tempfile.TemporaryDirectory() as w2:
            first = run_once(path, stdin_text, 1, w1)
            second = run_once(path, stdin_text, 2, w2)
        if first != second:
            print(f"{name}: two runs differ, not recorded")
            problems += 1
            continue
        out, err, code_ = first
        if not out:
            print(f"{name}: prints nothing on stdout")
            problems += 1
        if "Traceback (most recent call last)" in err and 'File "<program>"' not in err:
            # A traceback through library frames names the interpreter's paths,
            # which differ between here and the sandbox: it could never compare
            # equal. The program's own frames are normalised (streams.py).
            print(f"{name}: uncaught exception in library code")
            problems += 1
        write_or_remove(base + ".out", out if out else "")
        if not out:
            open(base + ".out", "w").close()
        write_or_remove(base + ".err", err)
        write_or_remove(base + ".exit", f"{code_}\n" if code_ != 0 else "")
        count += 1
    print(f"{directory}: recorded {count}, problems {problems}")
    return problems


def main(argv):
    dirs = argv or [os.path.join(HERE, "cases"),
                    os.path.join(HERE, "refused-by-design")]
    problems = sum(record_dir(d) for d in dirs)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
