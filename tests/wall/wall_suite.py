#!/usr/bin/env python3
"""The runtime wall's own tests (tests/wall): every program is run twice.

  attacks  each program in attacks/ must reach its goal under plain python3 (so a
           wall that only "works" because the attack is broken cannot pass) and
           must not reach it inside the sandbox with the checker out of the way
           (build/sb-run). Goals: id (a program ran), passwd (/etc/passwd read), env
           (the environment dumped), frame (a frame object obtained), outside (a
           file outside the standard library read), envcopy (a copy of the
           environment found in a module's globals), libwrite (a class of the
           interpreter or the library written into), memory (another object's
           memory written), heapread (memory past a freed object read), forged (the answer says the wall refused the run, while
           the program only printed the wall's line and exited 126 itself), hidden
           (the wall refused the run, while the answer says it did not: the
           program tampered with the refusal's proof first), mislabel (the answer
           names an event the program chose for a refusal of another event), claim
           (the answer names, as the event the wall refused, the event or text the
           first line's "claim:" gives, which the program only raised or wrote
           itself: under plain python3 it runs on past it, nothing done), crash
           (the interpreter killed by SIGSEGV, SIGBUS, SIGABRT, SIGILL or SIGFPE:
           its memory corrupted from pure Python; judged on the status alone),
           unguarded (a builtin the wall guards, got unguarded from a frame of the
           runner's, read what its guard refuses).
  benign   each program (tests/rules/benign_*.py and benign/*.py here) must print
           the same under plain python3 and inside the sandbox, and exit 0 in both.
  labels   each program in labels/ is refused by the wall, and the answer's label is
           exactly the first line's "label: TEXT" (what the wall refused, in its
           words, with the program's text quoted).

usage: wall_suite.py attacks|benign|labels [--sb-run PATH] [--python PATH] [--json FILE]
           [FILE...]
The image is $SAFE_EXEC_IMAGE (sb-run reads it). Exit status 0 when all pass.
"""
import argparse
import concurrent.futures
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOALS = {
    "id": re.compile(r"uid=\d+\("),
    "passwd": re.compile(r"root:x:0:0:"),
    "env": re.compile(r"'PATH'|PATH="),
    "frame": re.compile(r"FRAME-REACHED"),
    # a file outside the standard library read through a link inside it
    "outside": re.compile(r"apport_python_hook"),
    # a copy of the environment (derived from $HOME) in some module's globals
    "envcopy": re.compile(r"ENV-COPY-FOUND"),
    # a class of the interpreter or the library written into
    "libwrite": re.compile(r"LIBRARY-CLASS-WRITTEN"),
    # another object's memory written (a heap overflow from pure Python)
    "memory": re.compile(r"MEMORY-OVERWRITTEN"),
    # memory past a freed (and refilled) object read back (a heap read from pure
    # Python)
    "heapread": re.compile(r"HEAP-READ"),
    # judged on the status too: see run_attack
    "forged": re.compile(r"^safe-exec: refused by the runtime wall: ", re.M),
    # the program's tampering with the proof done (printed before its refused
    # os.system): judged on the status too, see run_attack
    "hidden": re.compile(r"^PROOF-TAMPERED", re.M),
    # judged on the answer's status line: see run_attack
    "mislabel": re.compile(r"FAKE-EVENT"),
    # judged on the status line and the first line's claim: see run_attack
    "claim": re.compile(r"^NOTHING-DONE$", re.M),
    # judged on the status alone: see run_attack
    "crash": re.compile(r"(?!)"),
    # a builtin the wall replaces with a guard (getattr) got as the original and
    # used for a read the guard refuses
    "unguarded": re.compile(r"UNGUARDED-BUILTIN"),
}
# The signals of a corrupted interpreter (a timeout's SIGKILL is not one).
CRASH_SIGNALS = (4, 6, 7, 8, 11)
WALL = "Refused by the runtime wall: "
WALL_LINE = "safe-exec: refused by the runtime wall: "


def header(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    fam = re.search(r"family:\s*(\S+)", first)
    goal = re.search(r"goal:\s*(\w+)", first)
    return (fam.group(1) if fam else "?"), (goal.group(1) if goal else None)


def claim_of(path):
    """The label a "claim" attack wants the answer to give its refusal (the first
    line's "claim: TEXT", to the end of the line)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        m = re.search(r"claim:\s*(.*\S)", f.readline())
    return m.group(1) if m else None


def plain(python, path, stdin=""):
    """The program under plain CPython, in a scratch directory. Isolated (-I), unless
    its first line says "plain: site": site then computes the user directories from
    $HOME as the sandbox's interpreter does (-I skips them)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    flags = [] if re.search(r"plain:\s*site", first) else ["-I"]
    # "interpreter: /usr/bin/python3": a bug of the image's interpreter (Debian's,
    # the same release) that a newer python3 on the PATH no longer has.
    interp = re.search(r"interpreter:\s*(\S+)", first)
    if interp and os.path.exists(interp.group(1)):
        python = interp.group(1)
    with tempfile.TemporaryDirectory() as tmp:
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": tmp}
        try:
            p = subprocess.run([python] + flags + [path], cwd=tmp, env=env, input=stdin,
                               capture_output=True, text=True, timeout=20)
        except subprocess.TimeoutExpired:
            return -1, "", "timeout"
        return p.returncode, p.stdout, p.stderr


def plain_in_image(path, stdin=""):
    """The program under the image's own python3, without the wall (--entrypoint
    python3): for an attack on a bug of the image's interpreter ("interpreter:" on
    its first line) whose heap grooming the host's build of the same release does
    not reproduce (X46: the host's Debian update differs from the image's)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    flags = [] if re.search(r"plain:\s*site", first) else ["-I"]
    image = os.environ.get("SAFE_EXEC_IMAGE", "safe-exec-sandbox:latest")
    src = os.path.abspath(path)
    args = ["docker", "run", "--rm", "-i", "--network", "none", "-w", "/tmp",
            "-v", src + ":/attack/" + os.path.basename(src) + ":ro",
            "--entrypoint", "python3", image] + flags + ["/attack/" + os.path.basename(src)]
    try:
        p = subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=60)
    except (subprocess.TimeoutExpired, OSError):
        return -1, "", "docker run failed"
    return p.returncode, p.stdout, p.stderr


def sandboxed(sb_run, path, stdin=""):
    """The program through the sandbox alone: (status line, stdout, stderr)."""
    args = [sb_run, "--full", "--timeout", "10"]
    if stdin:
        args += ["--stdin", stdin]
    p = subprocess.run(args + [path], capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        return None, "", p.stderr
    text = p.stdout
    status = text.splitlines()[0] if text else ""
    m = re.search(r"^--- stdout \((\d+) bytes[^\n]*\n", text, re.M)
    n = re.search(r"^--- stderr \((\d+) bytes[^\n]*\n", text, re.M)
    out = text[m.end():n.start()] if m and n else text
    err = text[n.end():] if n else ""
    return status, out, err


def run_attack(path, opts):
    fam, goal = header(path)
    name = os.path.basename(path)
    if goal not in GOALS:
        return {"name": name, "family": fam, "goal": goal, "ok": False,
                "why": "no goal in the first line"}
    rx = GOALS[goal]
    # A memory exploit's heap grooming wins most runs, not every one (X46 lost three
    # in a row once, on a loaded machine): plain python3 gets five tries to show the
    # attack is real (the sandbox run is judged once).
    for _ in range(5):
        rc, out, err = plain(opts.python, path)
        host = bool(rx.search(out + err))
        if host:
            break
    # (goals judged on the exit status or the answer keep the host's run: a crash
    # is a signal there, which docker reports as an exit code)
    if (not host and goal not in ("crash", "forged", "claim", "hidden", "mislabel") and
            re.search(r"interpreter:", open(path, encoding="utf-8",
                                            errors="replace").readline())):
        rc, out, err = plain_in_image(path)
        host = bool(rx.search(out + err))
    status, sout, serr = sandboxed(opts.sb_run, path)
    if status is None:
        return {"name": name, "family": fam, "goal": goal, "ok": False,
                "why": "sb-run failed: " + serr.strip()[:200]}
    box = bool(rx.search(sout + serr))
    wall = WALL in status
    if goal == "forged":
        # Plain: the program printed the line and exited 126 (all it can do there);
        # sandbox: the answer believed it.
        host = host and rc == 126
        box = wall
    if goal == "crash":
        # Plain: killed by the signal itself; sandbox: the status line says so.
        host = -rc in CRASH_SIGNALS
        m = re.search(r"killed by signal (\d+)", status)
        box = bool(m) and int(m.group(1)) in CRASH_SIGNALS
    refused = True
    if goal == "hidden":
        # Plain: the tampering ran and then os.system ran `id`. Sandbox: the
        # tampering ran and the wall refused that os.system for real (status 126,
        # `id` not run, and the wall's line last on stderr unless the program took
        # fd 2); the goal is reached when the answer does not say so (the event
        # alone may be lost with the line). A run that never got to the refusal
        # proves nothing and fails.
        host = host and GOALS["id"].search(out) is not None
        last = (serr.rstrip().splitlines() or [""])[-1]
        refused = (box and "exit_code: 126" in status and not GOALS["id"].search(sout)
                   and (not serr or last.startswith(WALL_LINE + "os.system")))
        box = refused and WALL.rstrip(": ") not in status
    elif goal == "claim":
        # Plain: the program ran past the event it raised (or the name it wrote), to
        # its last line, and exited 0: what it claims never happened. Sandbox: the
        # wall refused the run (it did) and the answer's label starts with the claim,
        # as if the interpreter had done that.
        claim = claim_of(path)
        host = host and rc == 0 and claim is not None
        refused = wall
        box = claim is not None and (WALL + claim) in status
    elif goal == "mislabel":
        # Plain: the program wrote its own label. Sandbox: the answer says the wall
        # refused the run (it did) and names the program's label.
        refused = wall
        box = bool(rx.search(status))
    ok = host and refused and not box
    why = ("" if ok else "does not reach its goal under plain python3" if not host
           else "REACHED its goal in the sandbox" if box
           else "the sandbox did not refuse it after the tampering")
    return {"name": name, "family": fam, "goal": goal, "plain": host, "sandbox": box,
            "wall": wall, "status": status.strip(), "ok": ok, "why": why,
            "sandbox_out": (sout + serr)[-300:] if not ok else ""}


# What the programs that read standard input get (a count, numbers, a line of text).
BENIGN_STDIN = "3\n1 2 3\nhello world\n"

# unittest's runner prints how long the tests took, which no two runs share.
_RAN = re.compile(r"^(Ran \d+ tests?) in \d+\.\d+s$", re.M)


def timeless(text):
    return _RAN.sub(r"\1 in <time>", text)


def run_benign(path, opts):
    """Same stdout and exit status as plain python3, unittest's timing aside. A
    program whose output varies from run to run (set order under hash randomisation)
    passes when the sandbox's output is one of five plain runs' outputs."""
    name = os.path.basename(path)
    rc, out, err = plain(opts.python, path, BENIGN_STDIN)
    status, sout, serr = sandboxed(opts.sb_run, path, BENIGN_STDIN)
    m = re.search(r"exit_code: (-?\d+)", status or "")
    src = int(m.group(1)) if m else None
    why = ""
    if rc != 0:
        why = "fails under plain python3: " + err.strip()[-200:]
    elif status is None or src != 0 or "Refused" in status:
        why = "sandbox: %s %s" % ((status or "").strip(), serr.strip()[-300:])
    elif timeless(sout) != timeless(out):
        outs = {timeless(out)}
        for _ in range(4):
            outs.add(timeless(plain(opts.python, path, BENIGN_STDIN)[1]))
        if timeless(sout) not in outs:
            why = "output differs"
    return {"name": name, "ok": not why, "why": why, "status": (status or "").strip()}


def run_label(path, opts):
    """Refused by the wall (status 126, proven) under exactly the label the first
    line gives."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        m = re.match(r"# label: (.*\S)", f.readline())
    if not m:
        return {"name": name, "ok": False, "why": "no label in the first line"}
    status, sout, serr = sandboxed(opts.sb_run, path)
    if status is None:
        return {"name": name, "ok": False, "why": "sb-run failed: " + serr.strip()[:200]}
    got = status.rstrip()
    ok = "exit_code: 126" in got and got.endswith(WALL + m.group(1))
    return {"name": name, "ok": ok, "status": got,
            "why": "" if ok else "wanted %r, got: %s" % (WALL + m.group(1), got)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("attacks", "benign", "labels"))
    ap.add_argument("files", nargs="*")
    ap.add_argument("--sb-run", default=os.path.join(ROOT, "build", "sb-run"))
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--json")
    ap.add_argument("--jobs", type=int, default=2)
    opts = ap.parse_args()
    opts.files = [os.path.abspath(f) for f in opts.files]
    if opts.mode == "attacks":
        files = opts.files or sorted(glob.glob(os.path.join(HERE, "attacks", "*.py")))
        fn = run_attack
    elif opts.mode == "labels":
        files = opts.files or sorted(glob.glob(os.path.join(HERE, "labels", "*.py")))
        fn = run_label
    else:
        files = opts.files or sorted(
            glob.glob(os.path.join(ROOT, "tests", "rules", "benign_*.py"))
            + glob.glob(os.path.join(HERE, "benign", "*.py")))
        fn = run_benign
    with concurrent.futures.ThreadPoolExecutor(opts.jobs) as ex:
        results = list(ex.map(lambda p: fn(p, opts), files))
    bad = [r for r in results if not r["ok"]]
    for r in results:
        if opts.mode == "attacks":
            print("%-4s %-44s %-6s plain:%-7s sandbox:%-7s %s" % (
                "ok" if r["ok"] else "FAIL", r["name"], r["goal"],
                "reached" if r.get("plain") else "no", "reached" if r.get("sandbox")
                else "no", r.get("status", "") if r["ok"] else r["why"]))
        elif opts.mode == "labels":
            print("%-4s %-52s %s" % ("ok" if r["ok"] else "FAIL", r["name"],
                                     r.get("status", "") if r["ok"] else r["why"]))
        elif not r["ok"]:
            print("FAIL %-44s %s" % (r["name"], r["why"]))
        if not r["ok"] and r.get("sandbox_out"):
            print("     " + r["sandbox_out"].replace("\n", "\n     "))
    print("%s: %d programs, %d passed, %d failed" % (opts.mode, len(results),
                                                     len(results) - len(bad), len(bad)))
    if opts.json:
        with open(opts.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
