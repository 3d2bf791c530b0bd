"""Shared pieces of the reliability tests: the HTTP harness of tests/http, a sampler
of the server's resident memory, and a second Docker engine of our own for the fault
tests (the shared engine is never stopped, and its image never removed)."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "http"))

import harness  # noqa: E402  (the path above must come first)
from harness import Response, containers_of, raw_exchange, main  # noqa: E402,F401


class Server(harness.Server):
    """The harness's server, stopped (and its containers checked) also when it fails
    to become ready: a `with` block whose __enter__ raises never runs __exit__, and a
    setUpClass that raises never gets its tearDownClass."""

    def start(self):
        try:
            super().start()
        except BaseException:
            try:
                self.stop()     # SIGTERM; removes whatever it left, then says so
            except AssertionError:
                pass            # the original failure is the one to report
            raise

class OneServer(harness.OneServer):
    """harness.OneServer with the Server above."""

    SERVER_CLASS = Server


IMAGE = os.environ.get("SAFE_EXEC_IMAGE", "safe-exec-sandbox:latest")
LONG = os.environ.get("SAFE_EXEC_LONG_TESTS", "") not in ("", "0")


def wait_for(cond, timeout=20.0, step=0.05):
    """Polls cond() until it returns something true; returns it, or None on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        v = cond()
        if v:
            return v
        if time.monotonic() > deadline:
            return None
        time.sleep(step)


def rss_kb(pid):
    """VmRSS of a process in KiB (None when it is gone)."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def gauge(srv, name):
    for line in srv.request("GET", "/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError("no gauge " + name)


def counter(metrics_text, name, **labels):
    want = name + "{" + ",".join('%s="%s"' % kv for kv in labels.items()) + "}"
    for line in metrics_text.splitlines():
        if line.startswith(want + " "):
            return float(line.split()[1])
    return 0.0


def docker(*args, host=None, check=True, timeout=120, **kw):
    env = dict(os.environ)
    if host:
        env["DOCKER_HOST"] = host
    r = subprocess.run(["docker", *args], env=env, capture_output=True, text=True,
                       timeout=timeout, **kw)
    if check and r.returncode != 0:
        raise AssertionError("docker %s failed: %s" % (" ".join(args), r.stderr.strip()))
    return r


class SecondEngine:
    """A dockerd of our own: its own socket, data root, exec root and pid file under a
    temporary directory, no iptables and no bridge (the sandbox uses no network).
    stop() and start() may be called many times; cleanup() removes everything."""

    FLAG_SETS = ([], ["--storage-driver=vfs"])

    def __init__(self):
        # A short path: a unix socket path is limited to 107 bytes.
        self.dir = tempfile.mkdtemp(prefix="se-eng-")
        # The engine the image is copied from: the one the tests were started with.
        self.source_host = os.environ.get("DOCKER_HOST")
        self.sock = os.path.join(self.dir, "docker.sock")
        self.host = "unix://" + self.sock
        self.proc = None
        self.extra = None
        self.log_path = os.path.join(self.dir, "dockerd.log")
        self.tar = os.path.join(self.dir, "image.tar")

    def _spawn(self, extra):
        log = open(self.log_path, "a")
        try:
            self.proc = subprocess.Popen(
                ["dockerd", "--host", self.host,
                 "--data-root", os.path.join(self.dir, "data"),
                 "--exec-root", os.path.join(self.dir, "exec"),
                 "--pidfile", os.path.join(self.dir, "dockerd.pid"),
                 "--iptables=false", "--ip6tables=false", "--bridge=none", *extra],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
        finally:
            log.close()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            if self.answers():
                return True
            time.sleep(0.3)
        self._terminate()
        return False

    def answers(self):
        try:
            return docker("version", "--format", "{{.Server.Version}}", host=self.host,
                          check=False, timeout=10).returncode == 0
        except subprocess.TimeoutExpired:
            return False

    def start(self):
        sets = [self.extra] if self.extra is not None else self.FLAG_SETS
        for extra in sets:
            if self._spawn(extra):
                self.extra = extra
                return
        raise AssertionError("could not start a second dockerd:\n" + self.log_tail())

    def log_tail(self, n=30):
        try:
            with open(self.log_path, errors="replace") as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""

    def load_image(self):
        """Copies the shared engine's image into this one (saved once to a file)."""
        if not os.path.exists(self.tar):
            docker("image", "save", "-o", self.tar, IMAGE, host=self.source_host,
                   timeout=300)
        docker("image", "load", "-i", self.tar, host=self.host, timeout=300)

    def _terminate(self, timeout=60):
        if not self.proc or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(30)

    def stop(self, timeout=60):
        """SIGTERM, as an operator stopping the service would."""
        self._terminate(timeout)

    def containers(self, label=harness.LABEL):
        r = docker("ps", "-aq", "--filter", "label=" + label, host=self.host, check=False)
        return r.stdout.split()

    def cleanup(self):
        try:
            if self.proc and self.proc.poll() is None:
                ids = self.containers("safe-exec.managed")
                if ids:
                    docker("rm", "-f", *ids, host=self.host, check=False)
        except Exception:  # best effort: the engine is going away anyway
            pass
        self._terminate()
        self._kill_strays()
        self._unmount()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _kill_strays(self):
        """containerd and shims started by our dockerd, found by our directory in
        their command line (never anything else)."""
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    cmd = f.read()
            except OSError:
                continue
            if self.dir.encode() in cmd and int(pid) != os.getpid():
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except OSError:
                    pass

    def _unmount(self):
        mounts = []
        with open("/proc/self/mountinfo") as f:
            for line in f:
                mp = line.split()[4]
                if mp.startswith(self.dir + "/"):
                    mounts.append(mp)
        for mp in sorted(mounts, key=len, reverse=True):
            subprocess.run(["umount", "-l", mp], capture_output=True)


class OnSecondEngine:
    """Mixin for a unittest.TestCase class run on a SecondEngine of its own (cls.engine,
    the sandbox image copied in), started once for the class and removed after it.
    DOCKER_HOST points at it meanwhile, so the servers the tests start, the harness's
    look for leftovers and docker() all use it; it is restored at the end."""

    @classmethod
    def setUpClass(cls):
        cls.engine = SecondEngine()
        try:
            cls.engine.start()
            cls.engine.load_image()
        except BaseException:
            cls.engine.cleanup()
            raise
        cls.saved_host = os.environ.get("DOCKER_HOST")
        os.environ["DOCKER_HOST"] = cls.engine.host

    @classmethod
    def tearDownClass(cls):
        if cls.saved_host is None:
            os.environ.pop("DOCKER_HOST", None)
        else:
            os.environ["DOCKER_HOST"] = cls.saved_host
        cls.engine.cleanup()
