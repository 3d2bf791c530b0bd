"""Test harness for the HTTP end-to-end tests: starts build/safe-exec on a free port
against the real Docker engine, talks to it over real HTTP (standard library only),
and makes sure each server it started is gone, with its containers, at the end."""

import http.client
import json
import os
import re
import signal
import socket
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

BIN = os.environ.get("SAFE_EXEC_BIN", "build/safe-exec")
START_TIMEOUT = float(os.environ.get("SAFE_EXEC_TEST_START_TIMEOUT", "180"))
LABEL = "safe-exec.managed"


class Server:
    """One safe-exec process. Use as a context manager: stop() always runs."""

    def __init__(self, *args, env=None, wait_ready=True):
        self.args = [BIN, "--port", "0", *args]
        self.env = dict(os.environ)
        self.env.pop("SAFE_EXEC_API_KEY", None)
        self.env.update(env or {})
        # Each server keeps its history in a directory of its own unless the test names
        # one (never the checkout's default data/).
        self.data_dir = None
        if "--data-dir" not in args and "--db" not in args and \
                not self.env.get("SAFE_EXEC_DATA_DIR") and not self.env.get("SAFE_EXEC_DB"):
            self.data_dir = tempfile.mkdtemp(prefix="safe-exec-data-")
            self.args += ["--data-dir", self.data_dir]
        self.wait_ready = wait_ready
        # How long the "listening on" line may take: a server under valgrind loads its
        # rules some thirty times slower, more on a loaded machine.
        self.start_timeout = 30
        self.proc = None
        self.owner = None
        self.port = None
        self.lines = []
        self.lock = threading.Lock()
        self.exit_code = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb):
        code = self.stop()
        # SIGTERM asks for an orderly stop: anything but 0 is a crash or a leak report
        # (the sanitizer build), unless the test body already failed for its own reason.
        if exc_type is None and code != 0:
            raise AssertionError("server exited with %s on SIGTERM:\n%s" % (code, self.log()))

    def start(self):
        self.proc = subprocess.Popen(self.args, env=self.env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True, errors="replace")
        self.owner = owner_of(self.proc.pid)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        deadline = time.monotonic() + self.start_timeout
        while self.port is None:
            if self.proc.poll() is not None:
                raise AssertionError("server exited early:\n" + self.log())
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError("no 'listening on' line:\n" + self.log())
            time.sleep(0.02)
        if self.wait_ready:
            self.wait_healthy()

    def _read(self):
        for line in self.proc.stderr:
            with self.lock:
                self.lines.append(line)
            m = re.search(r"listening on http://\S+:(\d+)", line)
            if m and self.port is None:
                self.port = int(m.group(1))
            if os.environ.get("SAFE_EXEC_TEST_VERBOSE"):
                sys.stderr.write("  server| " + line)

    def log(self):
        with self.lock:
            return "".join(self.lines)

    def wait_healthy(self, timeout=START_TIMEOUT):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError("server exited:\n" + self.log())
            try:
                last = self.request("GET", "/healthz")
                if last.status == 200:
                    return last
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError("not healthy after %ss: %s\n%s" % (
            timeout, last.body if last else None, self.log()))

    def connect(self, timeout=60):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None, timeout=60):
        conn = self.connect(timeout)
        try:
            if isinstance(body, (dict, list)):
                body = json.dumps(body)
                headers = {"Content-Type": "application/json", **(headers or {})}
            if isinstance(body, str):
                body = body.encode()
            conn.request(method, path, body=body, headers=headers or {})
            return Response(conn.getresponse())
        finally:
            conn.close()

    def run(self, payload, raw=False, headers=None, timeout=60):
        return self.request("POST", "/run?raw=1" if raw else "/run", payload, headers,
                            timeout)

    def signal(self, sig):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)

    def stop(self, timeout=60):
        """SIGTERM, then wait; SIGKILL only if it hangs (and then fail)."""
        if not self.proc:
            return None
        hung = False
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                hung = True
                self.proc.kill()
                self.proc.wait()
        self.reader.join(5)
        self.proc.stderr.close()
        self.exit_code = self.proc.returncode
        if self.data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)
        left = containers_of(self.owner)
        if left:
            # Leave the engine clean for the next test, then fail loudly.
            subprocess.run(["docker", "rm", "-f", *left], capture_output=True)
        if hung:
            raise AssertionError("server did not stop within %ss:\n%s" % (timeout, self.log()))
        if left:
            raise AssertionError("server left containers behind: %s (exit code %s)\n%s"
                                 % (left, self.exit_code, self.log()))
        return self.exit_code


class Response:
    def __init__(self, r):
        self.status = r.status
        self.headers = r.headers
        self.body = r.read()
        self.text = self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)

    def header(self, name):
        return self.headers.get(name)

    def __repr__(self):
        return "<%d %s>" % (self.status, self.text[:300])


def owner_of(pid):
    """"<pid>:<start time>", the part of a container's owner label that names this
    process (see sb_owner_self). The pid alone is not enough: pids wrap around on a
    busy machine, and an earlier process with the same pid may have left containers
    on purpose (a test that kills its server). Read it while the process lives."""
    with open("/proc/%d/stat" % pid) as f:
        stat = f.read()
    # The command name may hold spaces: the fields after it start past the last ')'.
    return "%d:%s" % (pid, stat[stat.rindex(")") + 2:].split()[19])


def containers_of(owner):
    """Ids of project containers whose owner label names this process (owner_of)."""
    out = subprocess.run(
        ["docker", "ps", "-a", "--filter", "label=" + LABEL, "--format",
         '{{.ID}} {{.Label "safe-exec.owner"}}'],
        capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise AssertionError("docker ps failed: " + out.stderr)
    ids = []
    for line in out.stdout.splitlines():
        cid, _, label = line.partition(" ")
        if (":%s:" % owner) in label:
            ids.append(cid)
    return ids


def raw_exchange(port, data, timeout=5.0, read=True, half_close=True, early_close=False):
    """Sends bytes on a fresh socket; returns what came back (maybe nothing).
    half_close: shut our side down after sending, as a client that is done.
    early_close: a server that closes or resets while we still send (it refused the
    request early) has answered too: what it sent is read and returned."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        try:
            if data:
                s.sendall(data)
            if read and half_close:
                s.shutdown(socket.SHUT_WR)
        except OSError:
            if not early_close:
                raise
        if not read:
            return b""
        chunks = []
        while True:
            try:
                c = s.recv(65536)
            except (socket.timeout, ConnectionResetError):
                break
            if not c:
                break
            chunks.append(c)
        return b"".join(chunks)
    finally:
        s.close()


class OneServer:
    """Mixin for a unittest.TestCase class whose tests share one server, cls.srv: a
    SERVER_CLASS with SERVER_ARGS, started before the first test, stopped after the
    last (which also checks it left no container)."""

    SERVER_CLASS = Server
    SERVER_ARGS = ("--pool", "1")

    @classmethod
    def setUpClass(cls):
        cls.srv = cls.SERVER_CLASS(*cls.SERVER_ARGS)
        cls.srv.start()

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()


def main():
    unittest.main(verbosity=2)
