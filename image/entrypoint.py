"""safe-exec sandbox entrypoint: PID 1 of every sandbox container, serves one run.

How it works
  The interpreter start-up (~20 ms of CPU, more under the 0.5-CPU quota) is paid
  before the run arrives: this process starts, forks the *runner* child right away
  and both wait. The runner is an initialised interpreter blocked on a pipe; when the
  code arrives it compiles and executes it in a fresh __main__ module, so a run costs
  only the code itself.

  The runner is forked before the request (and its nonce) is read, and this process
  then makes itself non-dumpable, so user code can neither find the nonce in its own
  memory nor read ours through ptrace or /proc/1/mem. As PID 1 of the container's pid
  namespace it also cannot be killed from inside.

Protocol (the server's side is src/sb_proto.c)
  stdout <- b"\\x1esafe-exec:ready\\n"                     once the runner waits
  stdin  -> b"SAFEEXEC1 <nonce> <code_len> <stdin_len>\\n" + code + stdin data
  stdout <- b"\\x1esafe-exec:<nonce>:begin\\n"             just before the code runs
  stdout <- the program's stdout, then
            b"\\x1esafe-exec:<nonce>:end <report>\\n"
  stderr <- the program's stderr, then b"\\x1esafe-exec:<nonce>:end\\n"
  <report> is "exit=N signal=N oom=N utime_us=N stime_us=N maxrss_kb=N dur_us=N";
  oom is 1 when the cgroup's OOM killer fired during the run, 0 when not, -1 when
  the counter cannot be read. Both streams carry an end marker because the engine
  copies them independently: each marker proves its own stream is complete.
  Before the end markers every process the program left is killed; after them PID 1
  waits to be removed (at most LINGER_MAX_S) instead of exiting: see linger().
  A container that gets no request within IDLE_MAX_S (a warm one whose server died)
  exits on its own: no container lives on only because its server is gone.
"""

# Everything is imported before the fork, so that none of it costs time in a run.
import atexit
import gc
import io
import linecache
import os
import resource
import select
import sys
import threading
import time
import traceback
import types

MAX_HEADER = 256
MAIN_NAME = "main.py"
LINGER_MAX_S = 60
# A warm container waits this long for its request. SAFE_EXEC_IDLE_MAX_S in the
# environment may shorten or lengthen it (the server sets none; tests do).
IDLE_MAX_S = 600

# Run by the runner before it waits: page faults cost ~20-50 us each on small VMs,
# and a fresh fork takes ~100 of them (copy-on-write, lazy allocator arenas) in its
# first compile and exec. Taking them here keeps them off the run (2 ms -> 0.2 ms).
WARM_UP = b"""
def f(n):
    return [i * i for i in range(n)]
d = {str(k): k for k in f(300)}
s = "-".join(sorted(d))[:50] + "\u00e9\u4e16"
print(len(d), s, sum(f(1000)), 2 ** 100, 3.5 / 7, f"{s!r:>10}", file=sink)
try:
    1 / 0
except ZeroDivisionError as e:
    repr(e)
"""


def write_all(fd, data):
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class Reader:
    """Reads the request from fd 0 in large chunks (a syscall per byte costs more)."""

    def __init__(self, fd):
        self.fd = fd
        self.buf = b""

    def _more(self):
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            raise EOFError("request truncated")
        self.buf += chunk

    def line(self):
        while b"\n" not in self.buf:
            if len(self.buf) > MAX_HEADER:
                raise ValueError("request header too long")
            self._more()
        line, _, self.buf = self.buf.partition(b"\n")
        return line

    def exact(self, n):
        while len(self.buf) < n:
            self._more()
        data, self.buf = self.buf[:n], self.buf[n:]
        return data


def oom_kills():
    """The cgroup's OOM-kill counter (v1 memory.oom_control, v2 memory.events)."""
    for path in ("/sys/fs/cgroup/memory.events",
                 "/sys/fs/cgroup/memory/memory.oom_control"):
        try:
            with open(path, "rb") as f:
                for line in f:
                    key, _, value = line.partition(b" ")
                    if key == b"oom_kill":
                        return int(value)
        except (OSError, ValueError):
            continue
    return -1


def load_nondumpable():
    """A function that makes this process non-dumpable, loaded before the fork.

    After the fork every page PID 1 touches is copied (the runner shares them): loading
    ctypes there cost ~25 ms of the container's CPU, before it ~3 ms. The runner gains
    nothing it could not import itself: the container is the boundary.
    """
    try:
        import ctypes
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except Exception as e:
        error = e

        def unavailable():
            raise error
        return unavailable

    def drop_dumpable():
        PR_SET_DUMPABLE = 4
        if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    return drop_dumpable


def set_nondumpable(drop_dumpable):
    try:
        drop_dumpable()
    except Exception as e:  # the run still works; only forgery gets easier
        os.write(2, b"safe-exec entrypoint: cannot drop dumpable: %s\n"
                 % str(e).encode())


def runner(code_r, stdin_r, ready_w):
    """The child: waits for the code, then becomes the user's program."""
    try:
        # Make the user's program, not PID 1, the OOM killer's first choice.
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("1000")
    except OSError:
        pass
    sys.stdin.reconfigure(encoding="utf-8")
    # Line-buffered, so the lines printed before a timeout or a kill still arrive.
    sys.stdout.reconfigure(encoding="utf-8", line_buffering=True)
    sys.stderr.reconfigure(encoding="utf-8")
    for _ in range(2):
        exec(compile(WARM_UP, MAIN_NAME, "exec"), {"sink": io.StringIO()})
    gc.collect()
    # Our CPU time so far, so that PID 1 reports only the program's.
    ru = resource.getrusage(resource.RUSAGE_SELF)
    write_all(ready_w, b"%d %d" % (int(ru.ru_utime * 1e6), int(ru.ru_stime * 1e6)))
    os.close(ready_w)

    chunks = []
    while True:
        chunk = os.read(code_r, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(code_r)
    source = b"".join(chunks)
    if not source:
        os._exit(0)  # PID 1 gave up (bad request): nothing to run
    os.dup2(stdin_r, 0)
    os.close(stdin_r)
    finish(run_user_code(source))


def finish(status):
    """Exits as the interpreter would, minus the module teardown.

    A full Py_Finalize costs ~20 ms here, longer than most runs: it is replaced by
    what a program can observe of it (non-daemon threads joined, atexit handlers run,
    the standard streams flushed); objects still alive are not collected, which only
    files left open in the throw-away /tmp could notice.
    """
    try:
        threading._shutdown()
    except Exception:
        pass
    try:
        atexit._run_exitfuncs()
    except Exception:
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            status = status or 120
    os._exit(status)


def run_user_code(source):
    text = source.decode("utf-8", "replace")
    linecache.cache[MAIN_NAME] = (len(text), None, text.splitlines(True), MAIN_NAME)
    module = types.ModuleType("__main__")
    module.__file__ = MAIN_NAME
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module
    sys.argv[:] = [MAIN_NAME]
    if sys.path and sys.path[0] == os.path.dirname(os.path.abspath(__file__)):
        del sys.path[0]
    try:
        code = compile(source, MAIN_NAME, "exec")
    except (SyntaxError, ValueError) as e:
        traceback.print_exception(type(e), e, None)
        return 1
    try:
        exec(code, module.__dict__)
    except SystemExit as e:
        if e.code is None:
            return 0
        if isinstance(e.code, int):
            return e.code & 0xFF
        print(e.code, file=sys.stderr)
        return 1
    except BaseException as e:
        # Drop our own frame, as the interpreter would show only the user's.
        e = e.with_traceback(e.__traceback__.tb_next)
        if sys.excepthook is sys.__excepthook__:
            # The traceback module reads main.py's lines from linecache; the built-in
            # hook would look for a file on disk and print no source.
            traceback.print_exception(type(e), e, e.__traceback__)
        else:
            sys.excepthook(type(e), e, e.__traceback__)
        return 1
    return 0


def feed(fd, data):
    try:
        write_all(fd, data)
    except OSError:
        pass  # the program exited without reading all of its input
    finally:
        os.close(fd)


def main():
    compile(WARM_UP, MAIN_NAME, "exec")
    report(0, oom_kills(), 0.0, (0, 0))  # warms our own path after the run, too
    # Objects that exist now are shared with the runner: keep the collector off them,
    # or its first pass copies every page of the heap.
    drop_dumpable = load_nondumpable()
    gc.collect()
    gc.freeze()
    code_r, code_w = os.pipe()
    stdin_r, stdin_w = os.pipe()
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        for fd in (code_w, stdin_w, ready_r):
            os.close(fd)
        runner(code_r, stdin_r, ready_w)
        os._exit(70)  # not reached
    for fd in (code_r, stdin_r, ready_w):
        os.close(fd)
    set_nondumpable(drop_dumpable)
    # The runner writes its own CPU time and closes the pipe once warm.
    base = b""
    while True:
        chunk = os.read(ready_r, 64)
        if not chunk:
            break
        base += chunk
    os.close(ready_r)
    try:
        base_us = tuple(int(x) for x in base.split())[:2]
    except ValueError:
        base_us = ()
    if len(base_us) != 2:
        base_us = (0, 0)
    write_all(1, b"\x1esafe-exec:ready\n")

    if not select.select([0], [], [], idle_max())[0]:
        os.write(2, b"safe-exec entrypoint: no request within the idle limit, leaving\n")
        return 3
    try:
        reader = Reader(0)
        header = reader.line().split(b" ")
        if len(header) != 4 or header[0] != b"SAFEEXEC1":
            raise ValueError("bad request header")
        nonce = header[1]
        if not (8 <= len(nonce) <= 64 and nonce.isalnum()):
            raise ValueError("bad nonce")
        code = reader.exact(int(header[2]))
        stdin_data = reader.exact(int(header[3]))
    except (EOFError, ValueError) as e:
        os.write(2, b"safe-exec entrypoint: %s\n" % str(e).encode())
        return 2

    oom_before = oom_kills()
    write_all(1, b"\x1esafe-exec:" + nonce + b":begin\n")
    start = time.monotonic()
    feeder = None
    try:
        write_all(code_w, code)
    except OSError:
        pass
    os.close(code_w)
    if stdin_data:
        feeder = threading.Thread(target=feed, args=(stdin_w, stdin_data), daemon=True)
        feeder.start()
    else:
        os.close(stdin_w)

    # Reap everything (orphans are re-parented to us) until the runner is gone.
    while True:
        try:
            wpid, status = os.waitpid(-1, 0)
        except ChildProcessError:
            status = 0
            break
        if wpid == pid:
            break
    dur = time.monotonic() - start
    # Before the end markers: nothing of the program runs once the answer is out, and
    # nothing it left can write after them.
    stop_leftovers()

    write_all(2, b"\x1esafe-exec:" + nonce + b":end\n")
    write_all(1, b"\x1esafe-exec:" + nonce + b":end " + report(status, oom_before, dur, base_us) + b"\n")
    linger()
    return 0


def idle_max():
    try:
        value = float(os.environ.get("SAFE_EXEC_IDLE_MAX_S", IDLE_MAX_S))
    except ValueError:
        value = IDLE_MAX_S
    return value if value > 0 else IDLE_MAX_S


def stop_leftovers():
    """Kills what the program left running (daemons, detached children) and reaps it.

    They all run as our user, and kill(-1) reaches every process we may signal but
    ourselves; the kernel makes a fork that races it fail, and the pids limit bounds
    the rest, so the loop ends with the namespace holding us alone.
    """
    while True:
        try:
            os.kill(-1, 9)
        except OSError:
            pass  # ESRCH: nobody left to signal
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def linger():
    """Waits to be removed rather than exiting.

    A container's teardown (runtime, cgroups, namespaces) costs the engine more CPU
    than most runs: exiting here would pay it during the next request. The server
    removes us when no run is in flight (src/sb_reaper.c); if it never does (it
    crashed), we leave on our own after LINGER_MAX_S.
    """
    deadline = time.monotonic() + LINGER_MAX_S
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        time.sleep(left)


def report(status, oom_before, dur, base_us):
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    oom_after = oom_kills()
    if oom_before < 0 or oom_after < 0:
        oom = -1
    else:
        oom = 1 if oom_after > oom_before else 0
    exit_code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 0
    signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    return (b"exit=%d signal=%d oom=%d utime_us=%d stime_us=%d maxrss_kb=%d dur_us=%d"
            % (exit_code, signal, oom, max(0, int(ru.ru_utime * 1e6) - base_us[0]),
               max(0, int(ru.ru_stime * 1e6) - base_us[1]),
               ru.ru_maxrss, int(dur * 1e6)))


if __name__ == "__main__":
    sys.exit(main())
