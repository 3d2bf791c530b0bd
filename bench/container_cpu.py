#!/usr/bin/env python3
"""The CPU a sandbox container costs, read from its cgroup: at ready (the
interpreter's start-up, the preload, the wall's arming, the runner's warm-up) and
for one request (from ready to the end report: the runner's run and exit, PID 1's
report). CPU time, not wall time, so that it holds on a busy machine.

Usage: bench/container_cpu.py [--runs N] [--code CODE] [--nowall] IMAGE...
  Each run starts one container of each IMAGE in turn (interleaved), with the
  limits of src/sandbox/sb_spec.c, waits for its ready line, sends one request
  (print("hi") unless --code) and reads the cgroup's CPU usage before and after,
  and the end report's utime/stime (the runner's, as the server reports them);
  also, in wall time, the request's latency through the engine's attach streams
  (header written to end report read) and the run's dur_us (code handed over to
  runner gone, as PID 1 measures it). Prints the medians per image.
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
        proc = subprocess.Popen(["docker", "run", "-i", "--rm", "--cidfile", cidfile]
                                + FLAGS + [image], stdin=subprocess.PIPE,
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
    ap.add_argument("--nowall", action="store_true")
    ap.add_argument("images", nargs="+")
    args = ap.parse_args()
    rows = {image: [] for image in args.images}
    for _ in range(args.runs):
        for image in args.images:
            rows[image].append(one(image, args.code.encode(), args.nowall))
    print("%-36s %5s %14s %16s %18s %13s %9s" % (
        "image", "runs", "at ready (ms)", "one request (us)", "runner utime+stime",
        "latency (us)", "dur (us)"))
    for image, got in rows.items():
        med = [statistics.median(r[i] for r in got) for i in range(5)]
        print("%-36s %5d %14.1f %16.0f %18.0f %13.0f %9.0f" % (
            image, len(got), med[0] / 1000, med[1], med[2], med[3], med[4]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
