#!/usr/bin/env python3
"""The runner keeps freed frame-stack chunks (image/arena/arena_cache.c), in
containers of $SAFE_EXEC_IMAGE (default safe-exec-sandbox:latest).

CPython 3.11 maps a 16 KiB chunk when a call runs past the end of the frame stack
and unmaps it when the call returns, so a recursion that goes down and back up
across a chunk's edge pays a map, an unmap and the page faults of fresh pages on
every crossing. The program below crosses a few edges 10,000 times and counts the
process's minor page faults (/proc/self/stat, readable with the wall off):

runner   through the entrypoint (build/sb-run --no-wall): the cache is installed by
         PID 1, so the crossings reuse one chunk and fault almost never.
control  the image's python3 alone (no entrypoint, no cache): tens of thousands of
         faults, so the probe sees what it counts.

On an image without the cache (safe-exec-sandbox:r15) "runner" fails with the same
count as the control.

usage: arena_cache.py --sb-run PATH     exit status 0 when both checks pass
"""
import argparse
import os
import subprocess
import sys

PROGRAM = r'''
def faults():
    with open("/proc/self/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[7])
def down(n):
    return 0 if n == 0 else down(n - 1)
before = faults()
for _ in range(5000):
    down(600)
print("faults", faults() - before)
'''
CROSSINGS = 5000 * 2   # at least one edge down and back per round
FEW = 1000


def faults_of(out):
    for line in out.splitlines():
        if line.startswith("faults "):
            return int(line.split()[1])
    raise AssertionError("no count in the output:\n" + out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sb-run", required=True)
    args = ap.parse_args()
    image = os.environ.get("SAFE_EXEC_IMAGE", "safe-exec-sandbox:latest")
    failed = 0

    r = subprocess.run([args.sb_run, "--no-wall", "--timeout", "60", "-c", PROGRAM],
                       capture_output=True, text=True, timeout=180)
    runner = faults_of(r.stdout)
    ok = runner < FEW
    failed += not ok
    print("%s runner: %d minor faults for %d crossings (want < %d)"
          % ("ok  " if ok else "FAIL", runner, CROSSINGS, FEW))

    r = subprocess.run(["docker", "run", "--rm", "-i", "--network", "none",
                        "--entrypoint", "python3", image, "-I", "-"],
                       input=PROGRAM, capture_output=True, text=True, timeout=180)
    control = faults_of(r.stdout)
    ok = control >= CROSSINGS
    failed += not ok
    print("%s control: %d minor faults without the cache (want >= %d)"
          % ("ok  " if ok else "FAIL", control, CROSSINGS))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
