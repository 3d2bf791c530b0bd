#!/usr/bin/env python3
"""Security report: three layers per experiment, each measured on its own.

  checker on      through the server (POST /run: the static checker, then the wall
                  and the container)
  wall            straight to the sandbox with the checker out of the way (build/sb-run
                  with the image of $SAFE_EXEC_IMAGE: the runtime wall, then the
                  container)
  container only  build/sb-run --no-wall: the same image, the request asking the
                  entrypoint to leave the wall off (for experiments only; the API
                  offers no such request)

Two sets of experiments: the classic attacks of experiments.py (probes whose errno
and values name the container limit that stopped them), and the runtime wall's own
attack suite, tests/wall/attacks (each must reach its goal under plain python3 to
count: run `id`, read /etc/passwd, dump the environment, obtain a frame).

The layer is derived from the answers: a 422 names the checker's rule; "Refused by
the runtime wall: EVENT" names the wall; otherwise the run's status (timeout,
memory_limit, ...) or the errno / values the program reported name the container
limit. Exit status 1 when an experiment was stopped by no layer, when the wall alone
let a goal-reaching attack of the suite reach its goal, when a benign experiment
(reading the image's own /etc/passwd, writing to /tmp) did not work in the
container, or when a run left a container behind.

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


WALL = "Refused by the runtime wall: "


def judge(outcome, benign, cpus, host_passwd_sha):
    """Derives the layer(s) that stopped the experiment from what came back."""
    if outcome.status == "rejected":
        return Verdict(["checker: rule %s" % outcome.rule], outcome.message, True)
    if outcome.message.startswith(WALL):
        return Verdict(["runtime wall: " + outcome.message[len(WALL):]],
                       outcome.message, True)
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


def straight_to_container(sb_run, code, timeout, wall=True):
    """The sandbox alone: returns (outcome, leftover container ids of that process)."""
    p = subprocess.Popen([sb_run, "--full", "--timeout", str(timeout)]
                         + ([] if wall else ["--no-wall"]) + ["-c", code],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    import harness
    owner = harness.owner_of(p.pid)   # sb-run takes far longer than this to exit
    out, err = p.communicate(timeout=timeout + 120)
    left = harness.containers_of(owner)
    outcome = parse_sb_run(out) if p.returncode == 0 else None
    if outcome is None:
        outcome = Outcome("failed", message="sb-run exit %d: %s" % (
            p.returncode, err.decode("utf-8", "replace").strip()[:200]))
    return outcome, left


def cell(text, width):
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


GOALS = {
    "id": re.compile(r"uid=\d+\("),
    "passwd": re.compile(r"root:x:0:0:"),
    "env": re.compile(r"'PATH'|PATH="),
    "frame": re.compile(r"FRAME-REACHED"),
}


def wall_suite():
    """(name, code, goal) of tests/wall/attacks, with the goal from the first line."""
    suite = []
    for name in sorted(os.listdir(os.path.join(ROOT, "tests", "wall", "attacks"))):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(ROOT, "tests", "wall", "attacks", name), encoding="utf-8") as f:
            code = f.read()
        m = re.search(r"goal:\s*(\w+)", code.split("\n", 1)[0])
        if m and m.group(1) in GOALS:
            suite.append((name[:-3], code, m.group(1)))
    return suite


def plain_reaches(code, goal):
    """Whether the program reaches its goal under plain python3 (no layer at all)."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "attack.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(code)
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": tmp}
        try:
            p = subprocess.run(["/usr/bin/python3", "-I", path], cwd=tmp, env=env,
                               capture_output=True, text=True, timeout=20)
        except subprocess.TimeoutExpired:
            return False
        return bool(GOALS[goal].search(p.stdout + p.stderr))


def judge_goal(outcome, goal):
    """An attack of the wall suite: stopped unless its goal shows in the answer."""
    if outcome.status == "rejected":
        return Verdict(["checker: rule %s" % outcome.rule], outcome.message, True)
    if outcome.status == "failed":
        return Verdict([], outcome.message, False, "no answer: " + outcome.message)
    if GOALS[goal].search(outcome.out + outcome.err):
        return Verdict([], "reached its goal (%s)" % goal, False, "goal %s reached" % goal)
    if outcome.message.startswith(WALL):
        return Verdict(["runtime wall: " + outcome.message[len(WALL):]],
                       outcome.message, True)
    last = (outcome.err.strip().splitlines() or [outcome.message or outcome.status])[-1]
    return Verdict(["goal not reached"], last, True)


PATHS = ("checker on", "wall", "container only")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True, help="build directory (safe-exec, sb-run)")
    ap.add_argument("--jobs", type=int, default=3, help="experiments at once per path")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    os.environ["SAFE_EXEC_BIN"] = os.path.join(build, "safe-exec")
    import harness

    image = os.environ.get("SAFE_EXEC_IMAGE") or "safe-exec-sandbox:latest"
    sb_run = os.path.join(build, "sb-run")
    cpus = 0.5   # the server's and sb-run's default; both run with it here
    host_files = [os.path.join(ROOT, "README.md"), os.path.join(build, "safe-exec")]
    exps = experiments.all_experiments(host_files)
    suite = wall_suite()
    with open("/etc/passwd", "rb") as f:
        host_sha = hashlib.sha256(f.read()).hexdigest()

    t0 = time.monotonic()
    rows, leftovers, reaches = {}, [], {}
    # --max-code: the wall suite's longest attacks (the red teams' memory exploits)
    # pass the default 5000 characters; the report judges them through every layer.
    with harness.Server("--pool", "2", "--cpus", str(cpus), "--max-code", "20000") as srv, \
            concurrent.futures.ThreadPoolExecutor(args.jobs * 3) as ex:
        futs = {}
        for name, code, timeout, benign in exps:
            futs[ex.submit(through_server, srv, code, timeout)] = (name, PATHS[0], benign, None)
            futs[ex.submit(straight_to_container, sb_run, code, timeout)] = (
                name, PATHS[1], benign, None)
            futs[ex.submit(straight_to_container, sb_run, code, timeout, False)] = (
                name, PATHS[2], benign, None)
        for name, code, goal in suite:
            reaches[name] = ex.submit(plain_reaches, code, goal)
            futs[ex.submit(through_server, srv, code, 10)] = (name, PATHS[0], False, goal)
            futs[ex.submit(straight_to_container, sb_run, code, 10)] = (
                name, PATHS[1], False, goal)
            futs[ex.submit(straight_to_container, sb_run, code, 10, False)] = (
                name, PATHS[2], False, goal)
        for fut in concurrent.futures.as_completed(futs):
            name, path, benign, goal = futs[fut]
            try:
                res = fut.result()
            except Exception as e:  # a broken path is a finding, not a crash
                res = Outcome("failed", message="%s: %s" % (type(e).__name__, e))
            if isinstance(res, tuple):
                res, left = res
                leftovers += left
            if goal:
                rows[(name, path)] = judge_goal(res, goal)
            elif benign and path == PATHS[1] and res.message.startswith(WALL):
                rows[(name, path)] = judge(res, False, cpus, host_sha)
            else:
                rows[(name, path)] = judge(res, benign, cpus, host_sha)
    reaches = {k: v.result() for k, v in reaches.items()}
    elapsed = time.monotonic() - t0

    widths = (34, 14, 44, 60)
    problems = []

    def table(title, names):
        print(title)
        print("  ".join("%-*s" % (w, h) for w, h in zip(
            widths, ("experiment", "path", "stopped by", "evidence"))))
        print("  ".join("-" * w for w in widths))
        for name in names:
            for path in PATHS:
                v = rows[(name, path)]
                layer = " + ".join(v.layers) if v.stopped else "NOT STOPPED"
                print("  ".join("%-*s" % (w, cell(t, w)) for w, t in zip(
                    widths, (name, path, layer, v.evidence))).rstrip())
        print()

    table("Classic experiments", [e[0] for e in exps])
    table("Runtime wall suite (tests/wall/attacks): goals reached under plain python3",
          [n for n, _, _ in suite])
    for name, _, benign, _ in [(e[0], None, e[3], None) for e in exps]:
        v = [rows[(name, p)] for p in PATHS]
        if benign:
            if v[2].problem:
                problems.append("%s (container only): %s" % (name, v[2].problem))
        elif not any(x.stopped for x in v):
            problems.append("%s: stopped by no layer" % name)
    counts = {p: 0 for p in PATHS}
    goal_reaching = [n for n, _, _ in suite if reaches[n]]
    for name, _, goal in suite:
        if not reaches[name]:
            problems.append("%s: does not reach its goal under plain python3" % name)
            continue
        v = [rows[(name, p)] for p in PATHS]
        counts[PATHS[0]] += v[0].stopped and v[0].layers[0].startswith("checker:")
        counts["server"] = counts.get("server", 0) + v[0].stopped
        counts[PATHS[1]] += v[1].stopped
        counts[PATHS[2]] += v[2].stopped
        if not any(x.stopped for x in v):
            problems.append("%s: passed all three layers" % name)
        if not v[1].stopped:
            problems.append("%s: the runtime wall alone let it reach its goal (%s)"
                            % (name, v[1].evidence))
    print("Wall suite: %d goal-reaching attacks; refused by the checker %d (through the "
          "server, all layers: %d stopped); stopped by the runtime wall with the checker "
          "off %d; by the container alone %d"
          % (len(goal_reaching), counts[PATHS[0]], counts.get("server", 0),
             counts[PATHS[1]], counts[PATHS[2]]))
    print("%d experiments + %d attacks x 3 paths in %.1f s (image %s)"
          % (len(exps), len(suite), elapsed, image))
    if leftovers:
        problems.append("containers left behind by sb-run: %s" % leftovers)
        subprocess.run(["docker", "rm", "-f", *leftovers], capture_output=True)
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
