#!/usr/bin/env python3
"""The CPU a sandbox container costs, read from its cgroup: at ready (the
interpreter's start-up, the preload, the wall's arming, the runner's warm-up) and
for one request (from ready to the end report: the runner's run and exit, PID 1's
report). CPU time, not wall time, so that it holds on a busy machine.

Usage: bench/container_cpu.py [--runs N] [--code CODE | --heavy]
                              [--wall on|off|both | --nowall] IMAGE...
  Each run starts one container of each IMAGE in turn (interleaved), with the
  limits of src/sandbox/sb_spec.c, waits for its ready line, sends one request
  (print("hi"), or CODE, or with --heavy the benchmark's CPU-heavy program
  bench/heavy.py) and reads the cgroup's CPU usage before and after,
  and the end report's utime/stime (the runner's, as the server reports them);
  also, in wall time, the request's latency through the engine's attach streams
  (header written to end report read) and the run's dur_us (code handed over to
  runner gone, as PID 1 measures it). Prints the medians per image.
  --wall off (or --nowall) starts the containers without the runtime wall, as the
  server does for a wall-off run (SAFE_EXEC_WALL=off, the request marked nowall);
  --wall both measures each image both ways, interleaved, and prints the ratio.
  An older image (one whose containers all arm the wall and undo it when a request
  says nowall) ignores the variable: its --wall off measures that undoing too.
Needs the Docker CLI and the host's cgroup files (v1 cpuacct or v2 cpu.stat).
"""
import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time

LABEL = "safe-exec.container-cpu=%d" % os.getpid()
FLAGS = ["--network", "none", "--memory", "128m", "--memory-swap", "128m",
         "--cpus", "0.5", "--pids-limit", "64", "--read-only",
         "--tmpfs", "/tmp:rw,nosuid,nodev,noexec,size=16m,mode=1777",
         "--user", "sandbox", "--cap-drop", "ALL",
         "--security-opt", "no-new-privileges", "--ulimit", "fsize=16777216:16777216",
         "--ulimit", "nofile=64:64", "--ipc", "none", "--log-driver", "none",
         "--label", LABEL]


def usage_us(cid):
    """The container's CPU so far, in microseconds (cgroup v1 or v2)."""
    for path, scale in (("/sys/fs/cgroup/cpuacct/docker/%s/cpuacct.usage", 1e-3),
                        ("/sys/fs/cgroup/system.slice/docker-%s.scope/cpu.stat", 1),
                        ("/sys/fs/cgroup/docker/%s/cpu.stat", 1)):
        try:
            with open(path % cid) as f:
                text = f.read()
        except OSError:
            continue
        if text.startswith("usage_usec"):
            return int(text.split()[1]) * scale
        return int(text.split()[0]) * scale
    raise SystemExit("no cgroup CPU file for container %s" % cid)


def one(image, code, nowall):
    with tempfile.TemporaryDirectory() as tmp:
        cidfile = os.path.join(tmp, "cid")
        env = ["--env", "SAFE_EXEC_WALL=off"] if nowall else []
        proc = subprocess.Popen(["docker", "run", "-i", "--rm", "--cidfile", cidfile]
                                + FLAGS + env + [image], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            line = proc.stdout.readline()
            if line != b"\x1esafe-exec:ready\n":
                raise SystemExit("%s: no ready line (%r)" % (image, line))
            with open(cidfile) as f:
                cid = f.read().strip()
            time.sleep(0.2)  # the engine's own work for the start is done
            ready = usage_us(cid)
            nonce = secrets.token_hex(8).encode()
            sent = time.perf_counter()
            proc.stdin.write(b"SAFEEXEC1 %s %d 0%s\n" % (nonce, len(code),
                                                         b" nowall" if nowall else b"")
                             + code)
            proc.stdin.close()
            report = None
            for line in proc.stdout:
                if line.startswith(b"\x1esafe-exec:" + nonce + b":end "):
                    report = dict(kv.split("=") for kv in
                                  line.split(b" ", 2)[2].decode().split())
                    latency = time.perf_counter() - sent
                    break
            if report is None:
                raise SystemExit("%s: no end report" % image)
            time.sleep(0.2)
            run = usage_us(cid) - ready
        finally:
            if os.path.exists(cidfile):
                with open(cidfile) as f:
                    subprocess.run(["docker", "rm", "-f", f.read().strip()],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            proc.kill()
            proc.wait()
    return (ready, run, int(report["utime_us"]) + int(report["stime_us"]),
            latency * 1e6, int(report["dur_us"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--code", default='print("hi")')
    ap.add_argument("--heavy", action="store_true")
    ap.add_argument("--wall", choices=("on", "off", "both"), default="on")
    ap.add_argument("--nowall", action="store_true")
    ap.add_argument("images", nargs="+")
    args = ap.parse_args()
    code = args.code.encode()
    if args.heavy:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                               "heavy.py"), "rb") as f:
            code = f.read()
    walls = {"on": (False,), "off": (True,), "both": (False, True)}[
        "off" if args.nowall else args.wall]
    keys = [(image, nowall) for image in args.images for nowall in walls]
    rows = {key: [] for key in keys}
    for _ in range(args.runs):
        for image, nowall in keys:
            rows[(image, nowall)].append(one(image, code, nowall))
    print("%-36s %4s %5s %14s %16s %18s %13s %9s" % (
        "image", "wall", "runs", "at ready (ms)", "one request (us)", "runner utime+stime",
        "latency (us)", "dur (us)"))
    med = {}
    for (image, nowall), got in rows.items():
        m = med[(image, nowall)] = [statistics.median(r[i] for r in got) for i in range(5)]
        print("%-36s %4s %5d %14.1f %16.0f %18.0f %13.0f %9.0f" % (
            image, "off" if nowall else "on", len(got), m[0] / 1000, m[1], m[2], m[3],
            m[4]))
    if len(walls) == 2:
        for image in args.images:
            on, off = med[(image, False)], med[(image, True)]
            print("%-36s with the wall / without: one request %.2fx, runner %.2fx, "
                  "latency %.2fx, dur %.2fx" % (image, *(
                      on[i] / off[i] if off[i] else float("nan") for i in (1, 2, 3, 4))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
