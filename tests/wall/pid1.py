#!/usr/bin/env python3
"""PID 1 out of the program's reach (the thirteenth wall round, ok_01..ok_04).

The entrypoint runs as PID 1 of a container of $SAFE_EXEC_IMAGE (default
safe-exec-sandbox:latest) with the server's limits, and this file speaks its protocol
(src/sandbox/sb_proto.h) itself, so that it sees the raw end report, or its absence,
and how PID 1 ended. Three parts:

  routes    with the wall off (a " nowall" request: no hook, no filter), so that only
            PID 1's own defence is tested: it handles no signal, and the kernel drops
            every signal sent to a namespace's init from inside by each route there
            is (kill with SIGINT, SIGTERM, SIGUSR1, SIGKILL; tkill; a pidfd of
            /proc/1; the kernel's own signal for a pipe's owner, F_SETOWN/F_SETSIG/
            O_ASYNC on the stdout and on the stderr PID 1 shares). Each must end with
            PID 1's report. Also: PID 1's SigCgt is 0 while the runner handles SIGINT
            (KeyboardInterrupt, as under plain python3).
  attacks   pid1/X1*.py, the round's programs, with the kernel filter on and the audit
            hook gone (what the round's memory bug left; a harness entrypoint,
            NOHOOK below, drops sys.addaudithook and hands the program libc's
            syscall() made before the filter, which the round's ROP chain gave it).
            Goals: nopid1 (PID 1 ended without its report), oomunknown (the report's
            oom is -1, or there is none). Each must NOT reach its goal here; on the
            image of round 13 (safe-exec-sandbox:r13) each does.
  done      the runner's word that it is done (finish() writes its status to a
            pipe, signed with the run's token; PID 1 then takes the figures from the
            kernel, stops the program and answers before the runner's exit): with
            the wall, the runner is stopped, not gone, when the report is out, and
            the report's figures are there; a message the program writes itself
            (it cannot sign it: the fifteenth round's ok_03) is ignored, and the
            run ends with its exit's status and all of its output, as does a message
            that is not one; a closed pipe changes nothing, a signal is reported as
            one.
  server    through build/sb-run: a run whose container is killed from outside after
            the program wrote to stderr is answered "lost" without that text (the
            server never quotes the program in its own errors); and, in an image
            built FROM the tested one with the harness as entrypoint and no OOM
            counter (oom=-1 in the report), a program that fills memory to just
            under the limit and kills itself is not answered "memory_limit".

usage: pid1.py [--sb-run PATH] [routes|attacks|done|server ...]   exit 0 when all pass
"""
import argparse
import glob
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
IMAGE = os.environ.get("SAFE_EXEC_IMAGE", "safe-exec-sandbox:latest")

# The harness's PID 1 (its docstring): the image's entrypoint, the hook never added.
NOHOOK = os.path.join(HERE, "pid1", "harness_nohook.py")

# The server's limits (src/sandbox/sb_spec.c, sb_config_defaults).
LIMITS = ["--user", "sandbox", "--network", "none", "--read-only",
          "--tmpfs", "/tmp:rw,nosuid,nodev,noexec,size=16777216,mode=1777",
          "--memory", "128m", "--memory-swap", "128m", "--cpus", "0.5",
          "--pids-limit", "64", "--cap-drop", "ALL",
          "--security-opt", "no-new-privileges", "--ulimit", "fsize=16777216",
          "--ulimit", "nofile=64:64", "--ipc", "none", "--log-driver", "none"]
RUN_TIMEOUT_S = 40


def docker(*args, timeout=60):
    return subprocess.run(["docker", *args], capture_output=True, text=True,
                          timeout=timeout)


def run_pid1(code, mode, inspect=None):
    """Runs code under the entrypoint as PID 1. mode: "nowall" (the image's entrypoint,
    a nowall request), "nohook" (NOHOOK) or "wall" (the image's entrypoint, the wall
    on). inspect: called with the container's name once the report is in (or the
    wait is over), before the container is removed. Answers (report: dict or None,
    PID 1's exit status or None while it lingers, stdout after begin, stderr)."""
    nonce = secrets.token_hex(8).encode()
    name = "safe-exec-pid1-test-%d-%s" % (os.getpid(), nonce.decode())
    cmd = ["docker", "run", "-i", "--rm", "--name", name] + LIMITS
    if mode == "nowall":
        cmd += ["-e", "SAFE_EXEC_WALL=off"]  # a wall-off request needs a wall-off container
    if mode == "nohook":
        cmd += ["-v", NOHOOK + ":/pid1_nohook.py:ro", "--entrypoint", "/usr/bin/python3",
                IMAGE, "-I", "/pid1_nohook.py"]
    else:
        cmd += [IMAGE]
    body = code.encode()
    request = b"SAFEEXEC1 %s %d 0%s\n" % (nonce, len(body),
                                          b" nowall" if mode == "nowall" else b"") + body
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    bufs = {1: bytearray(), 2: bytearray()}
    end_mark = b"\x1esafe-exec:" + nonce + b":end "
    done = threading.Event()

    def pump(stream, buf, watch):
        while True:
            chunk = stream.read1(65536)
            if not chunk:
                break
            buf += chunk
            if watch and end_mark in buf and buf.rstrip(b"\0").endswith(b"\n") and \
                    b"\n" in buf[buf.index(end_mark):]:
                done.set()
        if watch:
            done.set()
    threads = [threading.Thread(target=pump, args=(p.stdout, bufs[1], True), daemon=True),
               threading.Thread(target=pump, args=(p.stderr, bufs[2], False), daemon=True)]
    for t in threads:
        t.start()
    try:
        p.stdin.write(request)
        p.stdin.flush()
    except BrokenPipeError:
        pass
    done.wait(RUN_TIMEOUT_S)
    exited = p.poll()
    if exited is None:
        time.sleep(0.3)  # an exit under way shows as one
        exited = p.poll()
    if inspect:
        inspect(name)
    docker("rm", "-f", name)
    p.wait(30)
    for t in threads:
        t.join(10)
    out = bytes(bufs[1])
    begin = b"\x1esafe-exec:" + nonce + b":begin\n"
    if begin in out:
        out = out[out.index(begin) + len(begin):]
    report = None
    if end_mark in out:
        line = out[out.index(end_mark) + len(end_mark):].split(b"\n", 1)[0]
        report = dict(kv.split("=", 1) for kv in line.decode().split() if "=" in kv)
        out = out[:out.index(end_mark)]
    return report, exited, out.decode("utf-8", "replace"), \
        bytes(bufs[2]).decode("utf-8", "replace")


FAILURES = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail), flush=True)
    if not ok:
        FAILURES.append(name)


def describe(report, exited, out, err):
    return "report %s, PID 1 exit %s, stdout %r, stderr %r" % (
        report, exited, out[-300:], err[-300:])


# Each route, wall off: PID 1 must report, the program must have sent its signal.
KILL = '''import os, signal, time
for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGKILL):
    os.kill(1, sig)
    print("sent", sig.name, flush=True)
    time.sleep(0.2)
print("still here")
'''
TKILL = '''import ctypes, time
libc = ctypes.CDLL(None, use_errno=True)
print("tkill", libc.syscall(200, 1, 2), ctypes.get_errno(), flush=True)
time.sleep(0.5)
print("still here")
'''
PIDFD = '''import os, signal, time
fd = os.open("/proc/1", os.O_RDONLY | os.O_DIRECTORY)
signal.pidfd_send_signal(fd, signal.SIGINT)
print("sent", flush=True)
time.sleep(0.5)
print("still here")
'''
FASYNC = '''import fcntl, os, signal, sys, time
FD = %d
fcntl.fcntl(FD, 10, signal.SIGINT)            # F_SETSIG
fcntl.fcntl(FD, 8, 1)                         # F_SETOWN: PID 1
fcntl.fcntl(FD, fcntl.F_SETFL, fcntl.fcntl(FD, fcntl.F_GETFL) | 0o20000)  # O_ASYNC
print("owner", fcntl.fcntl(FD, 9), flush=True)  # F_GETOWN
for i in range(%d):
    print("line", i, flush=True)
    sys.stderr.write("err %%d\\n" %% i)
    sys.stderr.flush()
    time.sleep(0.2)
print("still here")
'''
DISPOSITIONS = '''import signal
def field(path, key):
    for line in open(path):
        if line.startswith(key + ":"):
            return int(line.split()[1], 16)
print("pid1-caught", field("/proc/1/status", "SigCgt"))
print("runner-sigint", bool(field("/proc/self/status", "SigCgt") & (1 << (signal.SIGINT - 1))))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
'''


def routes():
    cases = [("kill(1, SIGINT/SIGTERM/SIGUSR1/SIGKILL)", KILL, "sent SIGKILL"),
             ("tkill(1, SIGINT)", TKILL, "tkill 0 0"),
             ("pidfd_send_signal(/proc/1, SIGINT)", PIDFD, "sent"),
             ("fasync SIGINT on the shared stdout (F_SETOWN 1)", FASYNC % (1, 5), "owner 1"),
             ("fasync SIGINT on the shared stderr, PID 1's own marker read last",
              FASYNC % (2, 1), "owner 1")]
    for name, code, sent in cases:
        report, exited, out, err = run_pid1(code, "nowall")
        ok = (report is not None and report.get("exit") == "0" and sent in out
              and "still here" in out)
        check("route %s: dropped, PID 1 reports" % name, ok,
              describe(report, exited, out, err))
    report, exited, out, err = run_pid1(DISPOSITIONS, "nowall")
    check("PID 1 handles no signal (SigCgt 0)", "pid1-caught 0\n" in out,
          describe(report, exited, out, err))
    check("the runner handles SIGINT as plain python3 (KeyboardInterrupt)",
          "runner-sigint True\n" in out and "KeyboardInterrupt" in out,
          describe(report, exited, out, err))


# The runner's end of the pipe it says it is done on (finish): the one descriptor
# above 2 that is a pipe open for writing only.
DONE_FD = '''import fcntl, os, stat
def done_fd():
    for fd in range(3, 64):
        try:
            st = os.fstat(fd)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode) and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY:
            return fd
    raise SystemExit("no done pipe")
'''
DONE_FORGED = DONE_FD + '''import sys, time
print("before", flush=True)
os.write(done_fd(), b"7\\n")
time.sleep(1.5)
print("after", flush=True)
sys.exit(5)
'''
DONE_BOGUS = DONE_FD + '''import sys
os.write(done_fd(), b"999\\n")
sys.exit(3)
'''
DONE_CLOSED = DONE_FD + '''import sys
os.close(done_fd())
print("closed", flush=True)
sys.exit(4)
'''
DONE_SIGNAL = '''import os
print("killing", flush=True)
os.kill(os.getpid(), 9)
'''


def runner_states(name):
    """The state letters (ps STAT) of the container's processes but PID 1's."""
    r = docker("top", name, "-o", "pid,stat")
    rows = [line.split() for line in r.stdout.splitlines()[1:] if line.split()]
    return sorted(row[1] for row in rows[1:]) if r.returncode == 0 else None


def done():
    states = []
    report, exited, out, err = run_pid1('print("hi")\n', "wall",
                                        lambda name: states.append(runner_states(name)))
    ok = (report is not None and report.get("exit") == "0" and out == "hi\n"
          and int(report.get("maxrss_kb", 0)) > 1000
          and int(report.get("utime_us", 0)) + int(report.get("stime_us", 0)) > 0)
    check("with the wall: reported with the runner's figures", ok,
          describe(report, exited, out, err))
    check("with the wall: the runner is stopped, not gone, when the report is out",
          states and states[0] and all(st.startswith("T") for st in states[0]),
          "states %r; %s" % (states, describe(report, exited, out, err)))
    report, exited, out, err = run_pid1(DONE_FORGED, "nowall")
    check("a message written by the program: ignored, the exit's status, all its output",
          report is not None and report.get("exit") == "5" and report.get("signal") == "0"
          and out == "before\nafter\n", describe(report, exited, out, err))
    for name, code, status, text in (("a message that is not one", DONE_BOGUS, "3", ""),
                                     ("a closed pipe", DONE_CLOSED, "4", "closed\n")):
        report, exited, out, err = run_pid1(code, "nowall")
        check("%s: ignored, the exit's status" % name,
              report is not None and report.get("exit") == status and out == text,
              describe(report, exited, out, err))
    report, exited, out, err = run_pid1(DONE_SIGNAL, "nowall")
    check("a runner killed by a signal: reported as one",
          report is not None and report.get("signal") == "9" and out == "killing\n",
          describe(report, exited, out, err))


def attacks():
    files = sorted(glob.glob(os.path.join(HERE, "pid1", "X1*.py")))
    check("attack programs found", len(files) >= 4, str(files))
    # The harness itself: the hook is gone and the filter is on (else the attacks
    # below would prove nothing).
    report, exited, out, err = run_pid1(
        'import sys\n'
        'print("frame", type(sys._getframe()).__name__)\n'
        'n = sys.modules["safe_exec_test_native"]\n'
        'print("fork", n.syscall(57), n.errno())\n', "nohook")
    check("harness: no hook (a frame obtained), filter on (fork EPERM)",
          report is not None and "frame frame\n" in out and "fork -1 1\n" in out,
          describe(report, exited, out, err))
    for path in files:
        with open(path) as f:
            code = f.read()
        goal = re.search(r"goal:\s*(\w+)", code.splitlines()[0]).group(1)
        report, exited, out, err = run_pid1(code, "nohook")
        if goal == "nopid1":
            reached = report is None
        elif goal == "oomunknown":
            reached = report is None or report.get("oom") == "-1"
        else:
            reached = True
            err = "unknown goal %r; %s" % (goal, err)
        check("attack %s (goal %s) stopped" % (os.path.basename(path), goal),
              not reached, describe(report, exited, out, err))


def owned_by(pid):
    r = docker("ps", "--no-trunc", "--filter", "label=safe-exec.managed",
               "--filter", "status=running", "--format",
               '{{.ID}} {{.Label "safe-exec.owner"}}')
    return [line.split()[0] for line in r.stdout.splitlines()
            if len(line.split()) == 2 and line.split()[1].split(":")[1:2] == [str(pid)]]


def server(sb_run):
    code = ('import sys, time\nsys.stderr.write("PROGRAM-CHOSEN-TEXT: disk full on host\\n")\n'
            'sys.stderr.flush()\nprint("began", flush=True)\ntime.sleep(20)\n')
    p = subprocess.Popen([sb_run, "--timeout", "25", "-c", code], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    killed = []
    deadline = time.monotonic() + 60
    while not killed and time.monotonic() < deadline and p.poll() is None:
        ids = owned_by(p.pid)
        if ids:
            time.sleep(3)  # the program has begun and written
            docker("kill", *ids)
            killed = ids
        else:
            time.sleep(0.5)
    out, err = p.communicate(timeout=120)
    text = out + err
    check("server: a container killed from outside is answered lost",
          bool(killed) and "lost" in text, text[-400:])
    check("server: the error quotes none of the program's stderr",
          bool(killed) and "PROGRAM-CHOSEN-TEXT" not in text, text[-400:])


# The program kills itself just under the memory limit: not the OOM killer.
SELF_KILL_NEAR_LIMIT = '''import sys
os = sys.modules["os"]
def value(*paths):
    for p in paths:
        try:
            return int(open(p).read())
        except OSError:
            pass
limit = value("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes")
peak = lambda: value("/sys/fs/cgroup/memory.peak", "/sys/fs/cgroup/memory/memory.max_usage_in_bytes")
hold = []
while peak() < limit - limit // 32 + (1 << 20):
    hold.append(bytearray(1 << 20))
print("peak", peak() >> 20, "of", limit >> 20, "MiB", flush=True)
# raise(): tgkill of its own pid, what the kernel filter's allowlist keeps (not kill)
sys.modules["_signal"].raise_signal(9)
'''


def harness_image():
    """An image FROM the one under test whose entrypoint is the harness with no OOM
    counter (pid1/harness_nohook.py --oom-unknown), so that the server reads a report
    with oom=-1; its tag is the tested one's with "-pid1test" appended."""
    tag = IMAGE + ("-pid1test" if ":" in IMAGE.rsplit("/", 1)[-1] else ":pid1test")
    with tempfile.TemporaryDirectory() as ctx:
        shutil.copy(NOHOOK, os.path.join(ctx, "harness_nohook.py"))
        with open(os.path.join(ctx, "Dockerfile"), "w") as f:
            f.write("FROM %s\nCOPY harness_nohook.py /usr/local/lib/safe-exec-test/\n"
                    'ENTRYPOINT ["/usr/bin/python3", "-I", '
                    '"/usr/local/lib/safe-exec-test/harness_nohook.py", "--oom-unknown"]\n'
                    % IMAGE)
        r = docker("build", "-q", "-t", tag, ctx, timeout=300)
    return tag if r.returncode == 0 else None, r.stderr


def server_oom(sb_run):
    tag, why = harness_image()
    check("server: the harness image is built", tag is not None, why[-300:])
    if tag is None:
        return
    env = dict(os.environ, SAFE_EXEC_IMAGE=tag)
    try:
        p = subprocess.run([sb_run, "--full", "--timeout", "30", "-c", SELF_KILL_NEAR_LIMIT],
                           capture_output=True, text=True, timeout=180, env=env)
    finally:
        docker("rmi", tag)  # the test's own tag only: the layers stay cached
    text = p.stdout + p.stderr
    check("server: a SIGKILL of the program's own near the limit, OOM count unknown, "
          "is not a memory limit", "peak" in text and "memory_limit" not in text
          and "killed by signal 9" in text, text[-400:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("parts", nargs="*", default=["routes", "attacks", "done", "server"])
    ap.add_argument("--sb-run", default=os.path.join(ROOT, "build", "sb-run"))
    opts = ap.parse_args()
    print("image", IMAGE, flush=True)
    if "routes" in opts.parts:
        routes()
    if "attacks" in opts.parts:
        attacks()
    if "done" in opts.parts:
        done()
    if "server" in opts.parts:
        server(opts.sb_run)
        server_oom(opts.sb_run)
    if FAILURES:
        print("%d check(s) failed" % len(FAILURES))
        return 1
    print("ALL-CHECKS-PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
