#!/usr/bin/env python3
"""The container's environment out of the runner's memory (image/entrypoint.py:
wall_scrub_environ; wall_landlock.scrub_environ), in containers of $SAFE_EXEC_IMAGE
(default safe-exec-sandbox:latest).

os.environ.clear() unsets the variables, but their text stays where the kernel put it
on the stack (libc's environ still pointed there) and in the freed strings of
os.environ's dict: the fourteenth wall round read HOSTNAME and HOME there from a
program past the audit hook. Here the image's entrypoint starts as PID 1 with a
marker variable, forks its runner and reports ready; a process started beside it
(docker exec, the runner's user, outside its Landlock domain) then reads the runner's
/proc/PID/environ (the kernel's environment area of its stack) and every readable
mapping of /proc/PID/mem:

on   the wall armed: the environment area is all zero bytes and neither the marker
     nor "HOSTNAME=" is anywhere in the runner's memory.
off  SAFE_EXEC_WALL=off (nothing scrubbed): the marker is found, in the environment
     area and in memory; the probe sees what it looks for.

On an image without the scrub (safe-exec-sandbox:r14) "on" fails: the marker is on
the runner's stack and in its heap.

usage: environ.py     exit status 0 when every check passes
"""
import json
import os
import subprocess
import sys
import time

# Run in the container by docker exec: the runner (PID 1's child) and what the
# environment left in it.
SCAN = r'''
import json, os, re, sys
marker = sys.argv[1].encode()
me = os.getpid()
found = []
for name in os.listdir("/proc"):
    if not name.isdigit() or int(name) == me:
        continue
    pid = int(name)
    try:
        with open("/proc/%d/stat" % pid) as f:
            ppid = int(f.read().rsplit(")", 1)[1].split()[1])
    except OSError:
        continue
    if ppid != 1:
        continue
    row = {"pid": pid}
    with open("/proc/%d/environ" % pid, "rb") as f:
        env = f.read()
    row["env_len"] = len(env)
    row["env_nonzero"] = sum(1 for b in env if b)
    row["env_marker"] = marker in env
    hits, mapped = [], 0
    with open("/proc/%d/maps" % pid) as maps, open("/proc/%d/mem" % pid, "rb") as mem:
        for line in maps:
            parts = line.split()
            if "r" not in parts[1]:
                continue
            lo, hi = (int(x, 16) for x in parts[0].split("-"))
            try:
                mem.seek(lo)
                data = mem.read(hi - lo)
            except (OSError, ValueError):
                continue
            mapped += len(data)
            for m in re.finditer(re.escape(marker) + b"|HOSTNAME=", data):
                hits.append([parts[5] if len(parts) > 5 else "anon", m.group().decode()])
    row["mapped"] = mapped
    row["hits"] = hits
    found.append(row)
print(json.dumps(found))
'''


def image():
    return os.environ.get("SAFE_EXEC_IMAGE", "safe-exec-sandbox:latest")


def scan(wall_on):
    """The runner's environment area and memory, in a container waiting for its
    request: the rows SCAN printed (one per child of PID 1)."""
    name = "safe-exec-test-environ-%d-%s" % (os.getpid(), "on" if wall_on else "off")
    marker = "wall-environ-marker-%d" % os.getpid()
    cmd = ["docker", "run", "--rm", "-i", "--name", name, "--network", "none",
           "--user", "sandbox", "--pids-limit", "64", "-e", "SAFE_EXEC_PROBE=" + marker]
    if not wall_on:
        cmd += ["-e", "SAFE_EXEC_WALL=off"]
    cmd.append(image())
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        out = b""
        while b"safe-exec:ready" not in out and time.monotonic() < deadline:
            line = p.stdout.readline()
            if not line:
                break
            out += line
        if b"safe-exec:ready" not in out:
            raise RuntimeError("no ready marker: %r" % out[-200:])
        r = subprocess.run(["docker", "exec", "-i", name, "python3", "-I", "-", marker],
                           input=SCAN.encode(), capture_output=True, timeout=120)
        if r.returncode != 0:
            raise RuntimeError("scan failed: %s" % r.stderr.decode()[-400:])
        return json.loads(r.stdout), marker
    finally:
        subprocess.run(["docker", "rm", "-f", name], capture_output=True)
        p.kill()
        p.wait(timeout=30)


def main():
    failures = 0

    def check(what, ok, detail):
        nonlocal failures
        print("%s %s: %s" % ("ok  " if ok else "FAIL", what, detail))
        failures += 0 if ok else 1

    for wall_on in (True, False):
        mode = "on " if wall_on else "off"
        rows, marker = scan(wall_on)
        check(mode + " the runner is found and read", len(rows) == 1
              and rows[0]["mapped"] > 1 << 20, json.dumps(rows)[:300])
        if len(rows) != 1:
            continue
        row = rows[0]
        marker_hits = [h for h in row["hits"] if h[1] == marker]
        if wall_on:
            check(mode + " environment area all zero", row["env_len"] > 0
                  and row["env_nonzero"] == 0,
                  "%d bytes, %d non-zero" % (row["env_len"], row["env_nonzero"]))
            check(mode + " nothing of the environment in memory", not row["hits"],
                  "%d MiB read, hits: %s" % (row["mapped"] >> 20, row["hits"][:6]))
        else:
            check(mode + " (control) the marker in the environment area",
                  row["env_marker"], "%d bytes" % row["env_len"])
            check(mode + " (control) the marker in memory", bool(marker_hits),
                  "hits: %s" % row["hits"][:6])
    print("environ: %s" % ("all passed" if not failures else "%d failed" % failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
