#!/usr/bin/env python3
"""The wall's kernel filter (image/wall_kernel.py): its size in BPF instructions and
the CPU its load costs the runner, inside containers of each image.

Usage: bench/kernel_filter_cost.py [--containers N] [--loads N] IMAGE...
  For each image in turn (interleaved, N containers each), this file runs itself in
  a container as the sandbox user ("probe"): the filter is made the way PID 1 makes
  it (entrypoint.wall_kernel), one load in a forked child warms the code paths, then
  each of --loads forked children times entrypoint.kernel_load (the runner's call:
  libseccomp compiles its rules to BPF, the kernel checks and JIT-compiles it) with
  time.process_time_ns (CPU) and time.perf_counter_ns (wall time). Prints, per image,
  the filter's instructions and the median and minimum of the loads' CPU and wall
  time over all its containers.
Needs the Docker CLI.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys


def probe(loads):
    import tempfile
    sys.path.insert(0, "/usr/local/lib/safe-exec")
    import entrypoint
    f = entrypoint.wall_kernel()
    if isinstance(f, str):
        raise SystemExit("no filter: " + f)
    # The rules as loaded: a filter whose load adds a rule (the runner's pid) is
    # exported the same way after adding it, in a child.
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        rules = getattr(f, "rules", f)
        if rules is not f:
            import seccomp
            rules.add_rule(seccomp.ALLOW, "tgkill", seccomp.Arg(0, seccomp.EQ, os.getpid()))
        with tempfile.TemporaryFile() as out:
            rules.export_bpf(out)
            out.seek(0, 2)
            os.write(w, b"%d" % (out.tell() // 8))
        os._exit(0)
    os.close(w)
    size = int(os.read(r, 64))
    os.close(r)
    os.waitpid(pid, 0)
    times = []
    for i in range(loads + 1):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            c0, w0 = time_ns()
            entrypoint.kernel_load(f)
            c1, w1 = time_ns()
            os.write(w, b"%d %d" % (c1 - c0, w1 - w0))
            os._exit(0)
        os.close(w)
        cpu, wall = (int(x) for x in os.read(r, 64).split())
        os.close(r)
        os.waitpid(pid, 0)
        if i:  # the first warms the code paths
            times.append((cpu, wall))
    print(json.dumps({"instructions": size, "loads": times}))


def time_ns():
    import time
    return time.process_time_ns(), time.perf_counter_ns()


def host():
    ap = argparse.ArgumentParser()
    ap.add_argument("--containers", type=int, default=3)
    ap.add_argument("--loads", type=int, default=15)
    ap.add_argument("images", nargs="+")
    opts = ap.parse_args()
    results = {image: {"instructions": set(), "loads": []} for image in opts.images}
    for _ in range(opts.containers):
        for image in opts.images:
            cmd = ["docker", "run", "--rm", "--network", "none", "--user", "sandbox",
                   "--init", "--entrypoint", "/usr/bin/python3",
                   "-v", os.path.abspath(__file__) + ":/kernel_filter_cost.py:ro",
                   image, "-I", "/kernel_filter_cost.py", "probe", str(opts.loads)]
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                                 check=True).stdout
            got = json.loads(out.strip().splitlines()[-1])
            results[image]["instructions"].add(got["instructions"])
            results[image]["loads"] += got["loads"]
    for image, res in results.items():
        cpu = [c / 1000 for c, _ in res["loads"]]
        wall = [w / 1000 for _, w in res["loads"]]
        print("%s: %s BPF instructions; load CPU median %.0f us (min %.0f), wall "
              "median %.0f us (min %.0f), %d loads" % (
                  image, "/".join(str(n) for n in sorted(res["instructions"])),
                  statistics.median(cpu), min(cpu), statistics.median(wall), min(wall),
                  len(cpu)))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["probe"]:
        probe(int(sys.argv[2]))
    else:
        sys.exit(host())
