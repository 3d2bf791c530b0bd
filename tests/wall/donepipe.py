#!/usr/bin/env python3
"""The end of a run against a refusal (the fifteenth wall round, ok_03): the runner's
finish() tells PID 1 the status through a pipe the program can find and write, and
PID 1 then stops the runner and reads the wall's proof. Each program of donepipe/ is
run RUNS times through build/sb-run (the image of $SAFE_EXEC_IMAGE), since what it
attacks is a race:

  forged_status_then_refusal   a status written early to the pipe, then a refused
                               call: the answer says the wall refused open, every
                               time (safe-exec-sandbox:r15 answered "ok, 0" in most
                               runs: PID 1 took the message and stopped the runner
                               before or in the middle of refuse()).
  forged_status_then_exit      a status (0) written early, then exit 3: the answer
                               says 3, with the output printed after the message.
  daemon_refusal_at_finish     a daemon thread's refused call timed to finish()'s
                               message: either refused (126, the label, the wall's
                               line on stderr) or ok with no trace of it, never ok
                               with the wall's line (a refusal cut in half by the
                               stop, or its proof ignored for the message's status).

usage: donepipe.py [--sb-run PATH] [--runs N]   exit 0 when every run is right
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WALL_LINE = "safe-exec: refused by the runtime wall: open"
REFUSED = "exit_code: 126   Refused by the runtime wall: open"


def run(sb_run, path):
    p = subprocess.run([sb_run, "--full", "--timeout", "10", path],
                       capture_output=True, text=True, timeout=120)
    text = p.stdout
    status = text.splitlines()[0] if text else "(no answer: %s)" % p.stderr.strip()[:200]
    m = re.search(r"^--- stdout \((\d+) bytes[^\n]*\n", text, re.M)
    n = re.search(r"^--- stderr \((\d+) bytes[^\n]*\n", text, re.M)
    out = text[m.end():n.start()] if m and n else ""
    err = text[n.end():] if n else ""
    return status, out, err


def forged_refusal(status, out, err):
    return REFUSED in status and err.rstrip().endswith(WALL_LINE)


def forged_exit(status, out, err):
    return "exit_code: 3" in status and out == "after the message\n"


def daemon(status, out, err):
    if out != "main done\n":
        return False
    if REFUSED in status:
        return err.rstrip().endswith(WALL_LINE)
    return status.startswith("status: ok") and "exit_code: 0" in status and WALL_LINE not in err


CASES = (("forged_status_then_refusal.py", forged_refusal),
         ("forged_status_then_exit.py", forged_exit),
         ("daemon_refusal_at_finish.py", daemon))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sb-run", default=os.path.join(ROOT, "build", "sb-run"))
    ap.add_argument("--runs", type=int, default=8)
    opts = ap.parse_args()
    failed = 0
    for name, right in CASES:
        path = os.path.join(HERE, "donepipe", name)
        wrong = []
        seen = {}
        for _ in range(opts.runs):
            status, out, err = run(opts.sb_run, path)
            key = status.strip()
            seen[key] = seen.get(key, 0) + 1
            if not right(status, out, err):
                wrong.append("%s | stdout %r | stderr %r" % (key, out[-80:], err[-120:]))
        print("%-4s %s: %d runs, %d wrong; answers %s"
              % ("ok" if not wrong else "FAIL", name, opts.runs, len(wrong), seen))
        for w in wrong[:3]:
            print("     " + w)
        failed += bool(wrong)
    print("donepipe: %d of %d programs wrong" % (failed, len(CASES)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
