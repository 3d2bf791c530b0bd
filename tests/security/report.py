#!/usr/bin/env python3
"""Security report: runs each experiment of experiments.py twice, through the server
(POST /run: checker, then container) and straight to the container (build/sb-run: the
sandbox alone, no checker), and prints which layer stopped it, with the evidence.

The layer is derived from the answers: a 422 names the checker's rule; otherwise the
run's status (timeout, memory_limit, ...) or the errno / values the program reported
name the container limit. Exit status 1 when an experiment was not stopped by any
layer (the benign ones, reading the image's own /etc/passwd and writing to /tmp, must
instead work in the container) or when a run left a container behind.

Usage: report.py --build BUILD_DIR [--jobs N]
"""

import argparse
import concurrent.futures
import errno
import hashlib
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "http"))

import experiments  # noqa: E402

ERRNO_LAYER = {
    errno.EROFS: "read-only root fs",
    errno.EACCES: "non-root user",
    errno.EPERM: "capabilities dropped",
    errno.ENOENT: "not mounted (no host files)",
    errno.ENETUNREACH: "no network",
    errno.EADDRNOTAVAIL: "no network",
    errno.EAGAIN: "pid limit",
    errno.ENOSPC: "/tmp size limit",
    errno.EFBIG: "file size limit",
    -2: "no network",   # EAI_NONAME: no resolver reachable
    -3: "no network",   # EAI_AGAIN
    -5: "no network",   # EAI_NODATA
}
STATUS_LAYER = {
    "timeout": "wall-clock timeout",
    "memory_limit": "memory limit",
    "output_limit": "output limit",
}
PROBE = re.compile(r"^@probe (.+?) (BLOCKED|OPEN|VALUE|INFO) ?(.*)$")


class Outcome:
    """What one path answered: rejected (rule, message) or a run (status, streams)."""

    def __init__(self, status, out="", err="", message="", rule=None):
        self.status, self.out, self.err, self.message, self.rule = (
            status, out, err, message, rule)


class Verdict:
    def __init__(self, layers, evidence, stopped, problem=None):
        self.layers, self.evidence, self.stopped, self.problem = (
            layers, evidence, stopped, problem)


def judge_value(name, detail, cpus):
    """(layer, evidence) when the reported fact shows a limit, else (None, evidence)."""
    m = re.match(r"CapEff=([0-9a-f]+)", detail)
    if m:
        return ("capabilities dropped" if int(m.group(1), 16) == 0 else None), detail
    m = re.match(r"NoNewPrivs=(\d)", detail)
    if m:
        return ("no-new-privileges" if m.group(1) == "1" else None), detail
    m = re.match(r"uid=(\d+) euid=(\d+)", detail)
    if m:
        return ("non-root user" if m.group(1) != "0" and m.group(2) != "0" else None), detail
    if detail == "absent":
        return "not in the image", "%s: absent" % name
    m = re.match(r"exit=(\d+)", detail)
    if m:   # su/sudo ran but did not make us root
        return ("no-new-privileges" if m.group(1) != "0" else None), "%s %s" % (name, detail)
    m = re.match(r"cores=([\d.]+) .*quota=(\d+)/(\d+)", detail)
    if m:
        cores, quota = float(m.group(1)), int(m.group(2)) / int(m.group(3))
        ok = quota <= cpus + 0.01 and cores <= quota * 1.3 + 0.05
        return ("CPU quota (%.2g core)" % quota if ok else None), detail
    return None, detail


def judge(outcome, benign, cpus, host_passwd_sha):
    """Derives the layer(s) that stopped the experiment from what came back."""
    if outcome.status == "rejected":
        return Verdict(["checker: rule %s" % outcome.rule], outcome.message, True)
    if outcome.status == "failed":
        return Verdict([], outcome.message, False, "no answer: " + outcome.message)
    layers, evidence, opened = [], [], []

    def add(layer):
        if layer not in layers:
            layers.append(layer)

    for line in outcome.out.splitlines():
        m = PROBE.match(line)
        if not m:
            continue
        name, kind, detail = m.groups()
        if kind == "BLOCKED":
            code = re.match(r"errno=(-?\d+)", detail)
            layer = ERRNO_LAYER.get(int(code.group(1))) if code else None
            if layer:
                add(layer)
                evidence.append("%s: %s" % (name, detail.split(" ", 1)[-1]))
            else:
                opened.append("%s: unexplained failure %s" % (name, detail))
        elif kind == "VALUE":
            layer, ev = judge_value(name, detail, cpus)
            if layer:
                add(layer)
                evidence.append(ev)
            else:
                opened.append("%s: %s" % (name, detail))
        elif kind == "OPEN":
            opened.append("%s: %s" % (name, detail))
    if outcome.status in STATUS_LAYER:   # after the probes: they are the sharper evidence
        add(STATUS_LAYER[outcome.status])
        evidence.append(outcome.message)
    if outcome.status == "error" and not layers:
        last = (outcome.err.strip().splitlines() or [outcome.message])[-1]
        opened.append("the program failed: " + last)

    if benign:
        # Must work, and /etc/passwd must be the image's own file, not the host's.
        problem = None
        if not opened or layers:
            problem = "a benign experiment did not work"
        elif host_passwd_sha and host_passwd_sha in opened[0]:
            problem = "the container read the host's own /etc/passwd"
        what = "allowed (the image's own file)" if "passwd" in opened[0] else "allowed (tmpfs)"
        return Verdict([what] if not problem else [], opened[0], problem is None, problem)
    if opened:
        return Verdict(layers, "; ".join(opened), False, "not stopped: " + opened[0])
    if not layers:
        return Verdict([], outcome.message or outcome.out[:80], False,
                       "no layer identified (status %s)" % outcome.status)
    return Verdict(layers, evidence[0], True)


def through_server(srv, code, timeout):
    r = srv.run({"code": code, "timeout": timeout}, timeout=timeout + 60)
    body = r.json()
    if r.status == 422:
        rule = body["violations"][0]["rule"] if body.get("violations") else "?"
        return Outcome("rejected", message=body["error"], rule=rule)
    if r.status != 200:
        return Outcome("failed", message="HTTP %d: %s" % (r.status, body.get("error")))
    return Outcome(body["status"], body["stdout"], body["stderr"], body["error"] or "")


SB_HEAD = re.compile(rb"^status: (\S+)\s+exit_code: (-?\d+)\s*(.*)$", re.M)
SB_STREAM = re.compile(rb"^--- (stdout|stderr) \((\d+) bytes[^)]*\)\n", re.M)


def parse_sb_run(data):
    """build/sb-run --full output: a status line, then each stream with its length."""
    head = SB_HEAD.search(data)
    if not head:
        return None
    streams, pos = {}, head.end()
    for _ in range(2):
        m = SB_STREAM.search(data, pos)
        if not m:
            return None
        n = int(m.group(2))
        streams[m.group(1).decode()] = data[m.end():m.end() + n].decode("utf-8", "replace")
        pos = m.end() + n
    return Outcome(head.group(1).decode(), streams["stdout"], streams["stderr"],
                   head.group(3).decode("utf-8", "replace").strip())


def straight_to_container(sb_run, code, timeout):
    """The sandbox alone: returns (outcome, leftover container ids of that process)."""
    p = subprocess.Popen([sb_run, "--full", "--timeout", str(timeout), "-c", code],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate(timeout=timeout + 120)
    import harness
    left = harness.containers_of(p.pid)
    outcome = parse_sb_run(out) if p.returncode == 0 else None
    if outcome is None:
        outcome = Outcome("failed", message="sb-run exit %d: %s" % (
            p.returncode, err.decode("utf-8", "replace").strip()[:200]))
    return outcome, left


def cell(text, width):
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True, help="build directory (safe-exec, sb-run)")
    ap.add_argument("--jobs", type=int, default=3, help="experiments at once per path")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    os.environ["SAFE_EXEC_BIN"] = os.path.join(build, "safe-exec")
    import harness

    cpus = 0.5   # the server's and sb-run's default; both run with it here
    host_files = [os.path.join(ROOT, "README.md"), os.path.join(build, "safe-exec")]
    exps = experiments.all_experiments(host_files)
    with open("/etc/passwd", "rb") as f:
        host_sha = hashlib.sha256(f.read()).hexdigest()

    t0 = time.monotonic()
    rows, leftovers = {}, []
    with harness.Server("--pool", "2", "--cpus", str(cpus)) as srv, \
            concurrent.futures.ThreadPoolExecutor(args.jobs * 2) as ex:
        futs = {}
        for name, code, timeout, benign in exps:
            futs[ex.submit(through_server, srv, code, timeout)] = (name, "checker on", benign)
            futs[ex.submit(straight_to_container, os.path.join(build, "sb-run"), code,
                           timeout)] = (name, "container only", benign)
        for fut in concurrent.futures.as_completed(futs):
            name, path, benign = futs[fut]
            try:
                res = fut.result()
            except Exception as e:  # a broken path is a finding, not a crash
                res = Outcome("failed", message="%s: %s" % (type(e).__name__, e))
            if isinstance(res, tuple):
                res, left = res
                leftovers += left
            rows[(name, path)] = judge(res, benign, cpus, host_sha)
    elapsed = time.monotonic() - t0

    layer_width = max(len(" + ".join(v.layers)) if v.stopped else 11 for v in rows.values())
    widths = (24, 15, max(layer_width, 10), 70)
    line = "  ".join("%-*s" % (w, h) for w, h in zip(
        widths, ("experiment", "path", "stopped by", "evidence")))
    print(line)
    print("  ".join("-" * w for w in widths))
    problems = []
    for name, _, _, _ in exps:
        for path in ("checker on", "container only"):
            v = rows[(name, path)]
            layer = " + ".join(v.layers) if v.stopped else "NOT STOPPED"
            print("  ".join("%-*s" % (w, cell(t, w)) for w, t in zip(
                widths, (name, path, layer, v.evidence))).rstrip())
            if v.problem:
                problems.append("%s (%s): %s" % (name, path, v.problem))
    print("\n%d experiments x 2 paths in %.1f s" % (len(exps), elapsed))
    if leftovers:
        problems.append("containers left behind by sb-run: %s" % leftovers)
        subprocess.run(["docker", "rm", "-f", *leftovers], capture_output=True)
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
