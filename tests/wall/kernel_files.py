#!/usr/bin/env python3
"""The runtime wall's file half (image/landlock/wall_landlock.c), inside the sandbox image.

Run on the host, this file checks four things in containers of $SAFE_EXEC_IMAGE
(default safe-exec-sandbox:latest):

probe  plain python3 (no audit hook in the way: a program that has lost it) checks
       that what the file half refuses works before it (reading /etc/passwd,
       /proc/self/environ, /proc/1/cmdline, listing /, writing /tmp, a TCP connect
       and bind, an abstract unix socket and a signal out of the domain), restricts
       itself the way the runner does (the image's entrypoint.wall_files and
       files_load), then checks each fails with EACCES (EPERM for the scopes) while
       what an honest program does still works: the standard library read and
       imported lazily (an extension module and the shared library it links), a
       library error's traceback with its source lines, time zones, the locale,
       threads, a thread pool, asyncio; then the kernel filter on top (both halves,
       as the runner has them). It also checks that a process with a second thread
       is refused the restriction (Landlock binds the calling thread only).
entry  the image's own entrypoint as PID 1, serving one request with the wall on,
       but with sys.addaudithook made a no-op before it starts: the program runs
       where the runner put it, both kernel halves loaded and no hook (as after a
       memory bug emptied the hook list), and tries /etc/passwd, /proc/self/environ,
       /proc/1/cmdline and / with the plain open().
early  the image's entrypoint with the file half loaded at the start of the runner too
       (before it is ready, where the kernel halves' load may move): the runner
       gets ready and an honest program runs, with a library traceback.
closed the image as it is, on an engine whose seccomp profile refuses Landlock (as a
       kernel without it answers, ENOSYS): the entrypoint refuses the program
       (safe_exec.landlock, wall=1) instead of running it without its file half.

All four fail on an image without the file half (safe-exec-sandbox:r13): the probe
and the early load find no wall_files, the program reads the files, the program runs.

usage: kernel_files.py [probe]     exit status 0 when every check passes
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/local/lib/safe-exec"


def image():
    return os.environ.get("SAFE_EXEC_IMAGE", "safe-exec-sandbox:latest")


def host_probe():
    cmd = ["docker", "run", "--rm", "--network", "none", "--user", "sandbox",
           "--pids-limit", "64", "--init", "--entrypoint", "/usr/bin/python3",
           "-v", os.path.abspath(__file__) + ":/kernel_files.py:ro",
           image(), "-I", "/kernel_files.py", "probe"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    if r.returncode != 0 or "ALL-CHECKS-PASSED" not in r.stdout:
        print("FAIL: the probe in %s exited %d" % (image(), r.returncode))
        return 1
    return 0


# What the program of host_entry prints for each file: READ or DENIED.
PROGRAM = r'''
for p in ("/etc/passwd", "/proc/self/environ", "/proc/1/cmdline"):
    try:
        open(p, "rb").read()
        print("READ", p)
    except PermissionError:
        print("DENIED", p)
try:
    open("/", "rb")
    print("READ /")
except IsADirectoryError:
    print("READ /")  # opened, then refused by FileIO: the directory was reachable
except PermissionError:
    print("DENIED /")
print("honest", sum(x * x for x in range(10)))
'''

NOHOOK = ("import sys; sys.addaudithook = lambda hook: None; "
          "sys.path.insert(0, %r); import entrypoint; sys.exit(entrypoint.main())" % LIB)


def serve(program, docker_args=(), python_args=None):
    """One request with the wall on to the image's entrypoint as PID 1 (python_args:
    the interpreter's arguments instead of the image's ENTRYPOINT); answers what PID 1
    wrote on stdout up to its end report, and the container's stderr."""
    name = "safe-exec-test-files-%d" % os.getpid()
    cmd = ["docker", "run", "--rm", "-i", "--name", name, "--network", "none",
           "--user", "sandbox", "--pids-limit", "64", *docker_args]
    if python_args:
        cmd += ["--entrypoint", "/usr/bin/python3", image(), *python_args]
    else:
        cmd.append(image())
    code = program.encode()
    nonce = b"filestest%d" % os.getpid()
    request = b"SAFEEXEC1 %s %d 0\n" % (nonce, len(code)) + code
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out = b""
    try:
        p.stdin.write(request)
        p.stdin.close()
        deadline = time.monotonic() + 60
        # PID 1 lingers after its end report (until removed): read up to it.
        while b":end " not in out and time.monotonic() < deadline:
            line = p.stdout.readline()
            if not line:
                break
            out += line
    finally:
        subprocess.run(["docker", "rm", "-f", name], capture_output=True)
        p.wait(timeout=30)
    text = out.decode("utf-8", "replace")
    err = p.stderr.read().decode("utf-8", "replace")
    sys.stdout.write(text)
    sys.stderr.write(err)
    return text, err


def host_entry():
    text, _ = serve(PROGRAM, python_args=("-I", "-c", NOHOOK))
    failures = []
    for target in ("/etc/passwd", "/proc/self/environ", "/proc/1/cmdline", "/"):
        if "DENIED %s\n" % target not in text:
            failures.append("the program without its hook could read %s" % target)
    if "honest 285\n" not in text:
        failures.append("the program did not run to its end")
    if " exit=0 " not in text or " wall=0" not in text:
        failures.append("the run was not a plain exit 0 (no end report, or refused)")
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        print("ok   through the entrypoint, without the hook: nothing read outside /usr")
    return 1 if failures else 0


# The entrypoint with the file half loaded once more at the start of the runner,
# before it is ready: before its warm-up, wall_warm, kernel_ready and the code's
# arrival (Landlock domains stack: the load in the run adds a second, the same). The
# honest program imports modules of the base only, and names no codec (a word such
# as "loads(" preloads the utf-16 and utf-32 codecs): wall_extend's imports of what is
# not loaded yet adopt the new classes through /proc/self/mem opened for writing
# (wall_freeze), which both halves refuse once loaded, so a load moved before ready
# needs that descriptor opened before it. The program then reads the library
# lazily (a traceback's source lines) and uses the shared libraries' code.
EARLY = ("import sys; sys.path.insert(0, %r); import entrypoint as e\n"
         "made, files, runner = [], e.wall_files, e.runner\n"
         "def wall_files():\n"
         "    made.append(files())\n"
         "    return made[-1]\n"
         "def early(*args, **kwargs):\n"
         "    e.files_load(made[-1])\n"
         "    return runner(*args, **kwargs)\n"
         "e.wall_files, e.runner = wall_files, early\n"
         "sys.exit(e.main())\n" % LIB)

HONEST = r'''
import collections
import json
import math
print(collections.Counter("abracadabra").most_common(1), math.comb(10, 3))
json.dumps({1j: 2})
'''


def host_early():
    text, err = serve(HONEST, python_args=("-I", "-c", EARLY))
    ok = ("[('a', 5)] 120\n" in text and " exit=1 " in text
          and " wall=0" in text and "json/encoder.py" in err
          and "return _iterencode(o, 0)" in err)
    print(("ok   " if ok else "FAIL ") + "the file half loaded before ready: the runner "
          "gets ready, the program runs, a library traceback has its source lines")
    return 0 if ok else 1


# A seccomp profile for the engine that allows everything but Landlock (ENOSYS, as a
# kernel without it answers): the image's entrypoint must then run no program.
NO_LANDLOCK = ('{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": '
               '["landlock_create_ruleset", "landlock_add_rule", "landlock_restrict_self"],'
               ' "action": "SCMP_ACT_ERRNO", "errnoRet": 38}]}')


def host_closed():
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".json") as profile:
        profile.write(NO_LANDLOCK)
        profile.flush()
        text, _ = serve('print("the program ran")\n',
                     docker_args=("--security-opt", "seccomp=" + profile.name))
    event = ""
    for word in text.split():
        if word.startswith("event="):
            event = bytes.fromhex(word[len("event="):]).decode("ascii", "replace")
    ok = ("the program ran" not in text and " exit=126 " in text and " wall=1" in text
          and event.startswith("safe_exec.landlock"))
    print(("ok   " if ok else "FAIL ") +
          "a kernel without Landlock: the program is refused (event %r)" % event)
    return 0 if ok else 1


def probe():
    import asyncio
    import concurrent.futures
    import errno
    import json
    import signal
    import socket
    import threading
    import traceback

    sys.path.insert(0, LIB)
    import entrypoint  # the image's own file: wall_files, files_load, kernel halves

    failures = []

    def check(name, ok):
        print(("ok   " if ok else "FAIL ") + name, flush=True)
        if not ok:
            failures.append(name)

    def refused(name, fn, err=errno.EACCES):
        try:
            fn()
        except OSError as e:
            check(name + " refused (%s)" % errno.errorcode.get(e.errno),
                  e.errno == err)
        else:
            check(name + " refused", False)

    def allowed(name, fn):
        try:
            fn()
        except Exception as e:
            check(name + " works (%s: %s)" % (type(e).__name__, e), False)
        else:
            check(name + " works", True)

    def read(path):
        with open(path, "rb") as f:
            return f.read()

    def tcp_connect():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.connect(("127.0.0.1", 9))

    def tcp_bind():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))

    def write_tmp():
        with open("/tmp/files-probe", "w") as f:
            f.write("x")

    # A listener and a process from outside the domain (made before it).
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind("\0safe-exec-files-probe")
    listener.listen(1)

    def abstract_connect():
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.connect("\0safe-exec-files-probe")
    outsider = subprocess.Popen(["/bin/sleep", "60"])

    # Before the restriction: every one of these works (so a refusal below is its).
    allowed("before: read /etc/passwd", lambda: read("/etc/passwd"))
    allowed("before: read /proc/self/environ", lambda: read("/proc/self/environ"))
    allowed("before: read /proc/1/cmdline", lambda: read("/proc/1/cmdline"))
    allowed("before: list /", lambda: os.listdir("/"))
    allowed("before: write /tmp", write_tmp)
    refused("before: TCP connect 127.0.0.1:9 (nobody listens)", tcp_connect,
            errno.ECONNREFUSED)
    allowed("before: TCP bind", tcp_bind)
    allowed("before: connect an outside abstract unix socket", abstract_connect)
    allowed("before: signal an outside process", lambda: os.kill(outsider.pid, 0))

    files = entrypoint.wall_files()
    kernel = entrypoint.wall_kernel()
    check("the file half is found (%s)" % (files if isinstance(files, str) else
                                            "directories %s" % (files[1],)),
          not isinstance(files, str))
    if isinstance(files, str):
        return 1
    abi = files[0].abi()
    print("     Landlock ABI %d" % abi)

    # A step that fails enforces nothing: a missing directory, a file where a
    # directory belongs, paths that are not a sequence.
    landlock, rights = files[0], files[0].READ_FILE | files[0].READ_DIR
    for name, paths, err in (("a missing directory", ["/nonexistent"], errno.ENOENT),
                             ("a file for a directory", ["/etc/passwd"], errno.ENOTDIR)):
        try:
            landlock.restrict(paths, rights)
            check("restrict refuses %s" % name, False)
        except OSError as e:
            check("restrict refuses %s (%s)" % (name, e), e.errno == err)
    try:
        landlock.restrict(5, rights)
        check("restrict refuses paths that are no sequence", False)
    except TypeError:
        check("restrict refuses paths that are no sequence", True)
    allowed("still readable after those refusals", lambda: read("/etc/passwd"))

    # Landlock binds the calling thread only: with a second one it must refuse.
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        entrypoint.files_load(files)
        check("refused with a second thread", False)
    except OSError as e:
        check("refused with a second thread (%s)" % e, True)
    stop.set()
    other.join()
    allowed("still readable after that refusal", lambda: read("/etc/passwd"))
    while threading.active_count() > 1 or os.stat("/proc/self/task").st_nlink != 3:
        time.sleep(0.01)  # the thread's exit is the kernel's, a little after join

    start = time.perf_counter()
    entrypoint.files_load(files)
    print("     files_load: %.0f us" % ((time.perf_counter() - start) * 1e6))

    # Refused.
    refused("read /etc/passwd", lambda: read("/etc/passwd"))
    refused("read /proc/self/environ", lambda: read("/proc/self/environ"))
    refused("read /proc/1/cmdline", lambda: read("/proc/1/cmdline"))
    refused("read /proc/self/maps", lambda: read("/proc/self/maps"))
    refused("read the wall's own files", lambda: read(LIB + "/entrypoint.py"))
    refused("read /etc/ld.so.cache", lambda: read("/etc/ld.so.cache"))
    refused("a stdlib symlink out of /usr (sitecustomize -> /etc)",
            lambda: read("/usr/lib/python3.11/sitecustomize.py"))
    refused("list /", lambda: os.listdir("/"))
    refused("list /proc", lambda: os.listdir("/proc"))
    refused("list /tmp", lambda: os.listdir("/tmp"))
    refused("write /tmp", write_tmp)
    refused("unlink in /tmp", lambda: os.unlink("/tmp/files-probe"))
    refused("mkdir in /tmp", lambda: os.mkdir("/tmp/d"))
    if abi >= 4:
        refused("TCP connect 127.0.0.1:9", tcp_connect)
        refused("TCP bind", tcp_bind)
    if abi >= 6:
        refused("connect an outside abstract unix socket", abstract_connect, errno.EPERM)
        refused("signal an outside process", lambda: os.kill(outsider.pid, 0),
                errno.EPERM)
    # The outsider is out of reach now (the signal scope): the container's end ends it.
    listener.close()

    def honest(stage):
        allowed(stage + "read a library file", lambda: read(json.__file__))
        allowed(stage + "list the library", lambda: os.listdir(os.path.dirname(json.__file__)))
        out = []
        t = threading.Thread(target=lambda: out.append(sum(range(1000))))
        t.start()
        t.join()
        check(stage + "a thread", out == [499500])
        with concurrent.futures.ThreadPoolExecutor(4) as ex:
            check(stage + "a thread pool",
                  list(ex.map(lambda x: x * x, range(8))) == [x * x for x in range(8)])

        async def main():
            q = asyncio.Queue()
            asyncio.get_running_loop().call_soon(q.put_nowait, 7)
            await asyncio.sleep(0.01)
            return await asyncio.gather(q.get(), asyncio.to_thread(lambda: 5))
        check(stage + "asyncio", asyncio.run(main()) == [7, 5])
        try:
            json.loads("{")
        except ValueError:
            tb = traceback.format_exc()
            ok = "json/decoder.py" in tb and "self.scan_once(s, idx)" in tb
            check(stage + "a library error's traceback with its source lines", ok)
            if not ok:
                print(tb)
        check(stage + "time.localtime", time.localtime(0).tm_year == 1970)
        if not stage:
            allowed(stage + "os.kill self 0", lambda: os.kill(os.getpid(), 0))
        else:  # kill is not in the kernel filter's allowlist (raise() is tgkill)
            refused(stage + "os.kill self 0", lambda: os.kill(os.getpid(), 0),
                    errno.EPERM)
        allowed(stage + "signal.raise_signal handled",
                lambda: (signal.signal(signal.SIGUSR1, lambda *a: None),
                         signal.raise_signal(signal.SIGUSR1)))

    # Lazily imported: modules not loaded yet, read and mapped from the library now.
    def lazy():
        import decimal  # _decimal, which links libmpdec from the shared libraries
        import lzma     # _lzma, liblzma
        assert str(decimal.Decimal(1) / 7).startswith("0.142857")
        assert lzma.decompress(lzma.compress(b"abc")) == b"abc"
    for name in ("decimal", "_decimal", "lzma", "_lzma", "zoneinfo"):
        check("%s was not loaded before" % name, name not in sys.modules)
    allowed("lazy imports (decimal, lzma: extension modules and their libraries)", lazy)

    def zone():
        import datetime
        import zoneinfo
        z = zoneinfo.ZoneInfo("Europe/Paris")
        assert datetime.datetime(2020, 7, 1, tzinfo=z).utcoffset().total_seconds() == 7200
    allowed("zoneinfo Europe/Paris", zone)

    def loc():
        import locale
        locale.setlocale(locale.LC_ALL, "C.UTF-8")
        assert locale.getlocale()[1] == "UTF-8"
    allowed("locale C.UTF-8", loc)
    allowed("read /etc/localtime (a link into zoneinfo)", lambda: read("/etc/localtime"))
    honest("")

    # The kernel filter on top, as the runner has both (made before the restriction,
    # as PID 1 makes it before the fork: its module is not beneath the library).
    check("the kernel filter is made", not isinstance(kernel, str))
    if isinstance(kernel, str):
        return 1
    entrypoint.kernel_load(kernel)
    honest("both halves: ")
    refused("both halves: read /etc/passwd", lambda: read("/etc/passwd"))

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("ALL-CHECKS-PASSED")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["probe"]:
        sys.exit(probe())
    sys.exit(host_probe() | host_entry() | host_early() | host_closed())
