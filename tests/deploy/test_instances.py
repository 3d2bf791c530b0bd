"""Several servers on one engine never harm each other (issue 15, defects 1-5).

Each case failed on the server before the fix:
  1. a server in another pid namespace (as in a container) had its running program
     killed by the start-up sweep of a second server on the same engine;
  2. a container killed from outside was answered as the program's memory_limit;
  3. /healthz and the pool counted warm containers removed underneath them;
  4. the containers of a server killed with SIGKILL stayed until a server restarted,
     and a warm container whose server was gone waited for ever;
  5. X-Forwarded-For was not honoured from a trusted balancer (one rate-limit bucket
     for every client behind it), and must not be from anyone else.
Runs on a Docker engine of its own (tests/reliability's SecondEngine: own socket,
data root, exec root, no bridge, removed at the end), into which the sandbox image is
copied: on the shared engine, servers of other builds starting meanwhile would sweep
this test's containers by the very defect 1 it shows.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "http"))
sys.path.insert(0, os.path.join(HERE, "..", "reliability"))
from harness import BIN, LABEL, Server, main  # noqa: E402
from rel import OnSecondEngine  # noqa: E402

IMAGE = os.environ.get("SAFE_EXEC_IMAGE", "safe-exec-sandbox:latest")
TEST_LABEL = "safe-exec.test-deploy"
# Options by environment variable, not flag: a server without them (an older build)
# then shows the defect instead of refusing to start.
SWEEP_EVERY_SECOND = {"SAFE_EXEC_SWEEP_INTERVAL": "1"}


def docker(*args, check=True, timeout=120):
    r = subprocess.run(["docker", *args], capture_output=True, text=True, timeout=timeout)
    if check and r.returncode != 0:
        raise AssertionError("docker %s: %s" % (" ".join(args), r.stderr.strip()))
    return r.stdout


def managed():
    """{id: (state, owner)} of every project container on the engine."""
    out = docker("ps", "-a", "--no-trunc", "--filter", "label=" + LABEL, "--format",
                 '{{.ID}} {{.State}} {{.Label "safe-exec.owner"}}')
    res = {}
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3:
            res[parts[0]] = (parts[1], parts[2])
    return res


def owned_by(pred):
    return {cid: st for cid, (st, owner) in managed().items() if pred(owner)}


def of_pid(pid):
    return lambda owner: owner.split(":")[1:2] == [str(pid)]


def wait_for(cond, timeout, step=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = cond()
        if v:
            return v
        time.sleep(step)
    return cond()


def server(*args, **kw):
    env = {"SAFE_EXEC_IMAGE": IMAGE}
    env.update(kw.pop("env", {}))
    return Server("--image", IMAGE, *args, env=env, **kw)


class NamespacedServer:
    """A server in a pid namespace of its own with its own /proc, as in a container
    (`unshare --pid --fork --mount-proc`). Its owner label names pid 1 there."""

    def __init__(self, *args):
        self.args = ["unshare", "--pid", "--fork", "--mount-proc", "--kill-child", BIN,
                     "--port", "0", "--image", IMAGE, *args]
        self.proc = None
        self.port = None
        self.lines = []

    def __enter__(self):
        try:
            return self._start()
        except BaseException:
            if self.proc:
                self.__exit__(None, None, None)
            raise

    def _start(self):
        env = dict(os.environ, SAFE_EXEC_IMAGE=IMAGE)
        env.pop("SAFE_EXEC_API_KEY", None)
        self.proc = subprocess.Popen(self.args, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True, errors="replace")
        threading.Thread(target=self._read, daemon=True).start()
        if not wait_for(lambda: self.port or self.proc.poll() is not None, 30, 0.05) \
                or not self.port:
            raise AssertionError("namespaced server did not start:\n" + "".join(self.lines))
        self.ns = os.stat("/proc/%d/ns/pid" % self.child()).st_ino
        self.http = Server()   # only its request helpers, on our port
        self.http.port = self.port
        healthy = wait_for(lambda: self._healthy(), 180, 0.2)
        if not healthy:
            raise AssertionError("namespaced server not healthy:\n" + "".join(self.lines))
        return self

    def _healthy(self):
        try:
            return self.http.request("GET", "/healthz").status == 200
        except OSError:
            return False

    def _read(self):
        for line in self.proc.stderr:
            self.lines.append(line)
            m = re.search(r"listening on http://\S+:(\d+)", line)
            if m and self.port is None:
                self.port = int(m.group(1))

    def child(self):
        with open("/proc/%d/task/%d/children" % (self.proc.pid, self.proc.pid)) as f:
            return int(f.read().split()[0])

    def mine(self, owner):
        # Pid 1 is this server in its namespace, and no one else on our engine.
        return owner.split(":")[1:2] == ["1"]

    def __exit__(self, *exc):
        try:
            os.kill(self.child(), signal.SIGTERM)
        except (OSError, ValueError, IndexError):
            pass
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        left = owned_by(self.mine)
        if left:
            docker("rm", "-f", *left, check=False)
            if not any(exc):
                raise AssertionError("namespaced server left %s" % sorted(left))


@unittest.skipUnless(shutil.which("dockerd") and shutil.which("unshare") and
                     os.geteuid() == 0, "needs root, dockerd and unshare")
class Instances(OnSecondEngine, unittest.TestCase):
    """On an engine of its own: the servers, the harness and docker() below."""

    def test_1_other_pid_namespace_survives_a_second_server(self):
        with NamespacedServer("--pool", "2") as a:
            warm = wait_for(lambda: len(owned_by(a.mine)) >= 2, 60)
            self.assertTrue(warm, "the namespaced server's pool is not up")
            answer = {}

            def long_run():
                answer["r"] = a.http.run({"code": "import time\ntime.sleep(6)\nprint('done')",
                                          "timeout": 20}, timeout=60)
            t = threading.Thread(target=long_run)
            t.start()
            time.sleep(1.5)
            # A second server on the same engine, host pid namespace, sweeping often.
            with server("--pool", "1", env=SWEEP_EVERY_SECOND):
                t.join(60)
                time.sleep(2)   # two more sweeps
                alive = owned_by(a.mine)
            r = answer.get("r")
            self.assertIsNotNone(r, "no answer")
            self.assertEqual(r.status, 200, r.text)
            self.assertEqual(r.json()["status"], "ok", r.text)
            self.assertIn("done", r.json()["stdout"])
            self.assertTrue(any(st == "running" for st in alive.values()),
                            "the other server's warm containers were removed: %s" % alive)

    def test_2_outside_kill_is_not_memory_limit(self):
        with server("--pool", "0") as srv:
            answer = {}
            before = set(owned_by(of_pid(srv.proc.pid)))   # the self-test's

            def long_run():
                answer["r"] = srv.run({"code": "import time\ntime.sleep(10)\nprint('x')",
                                       "timeout": 20}, timeout=60)
            t = threading.Thread(target=long_run)
            t.start()
            running = wait_for(lambda: [c for c, st in owned_by(of_pid(srv.proc.pid)).items()
                                        if st == "running" and c not in before], 30)
            self.assertTrue(running, "no running container")
            time.sleep(2)   # the run has begun
            docker("kill", *running)
            t.join(60)
            r = answer["r"]
            self.assertEqual(r.status, 503, r.text)
            self.assertIn("lost", r.json()["error"])
            self.assertIsNotNone(r.header("Retry-After"))
            # A real memory limit is still one.
            r = srv.run({"code": "x = bytearray(400 * 1024 * 1024)\nprint(len(x))",
                         "timeout": 20})
            self.assertEqual(r.status, 200, r.text)
            self.assertEqual(r.json()["status"], "memory_limit", r.text)

    def test_3_pool_notices_removed_members(self):
        with server("--pool", "2") as srv:
            mine = of_pid(srv.proc.pid)
            first = wait_for(lambda: len(owned_by(mine)) == 2 and owned_by(mine), 60)
            self.assertEqual(len(first), 2, "pool not full")
            self.assertEqual(srv.request("GET", "/healthz").json()["pool"]["ready"], 2)
            docker("rm", "-f", *first)
            def fresh():
                return [c for c, st in owned_by(mine).items()
                        if st == "running" and c not in first]
            wait_for(lambda: len(fresh()) >= 2, 20)
            self.assertEqual(len(fresh()), 2, "the pool did not replace removed members")
            # Running is not yet ready (the entrypoint warms up): /healthz follows.
            wait_for(lambda: srv.request("GET", "/healthz").json()["pool"]["ready"] == 2, 20)
            health = srv.request("GET", "/healthz").json()
            self.assertEqual(health["pool"]["ready"], 2, health)
            # The next runs are served at once, from the refilled pool.
            r = srv.run({"code": "print(6 * 7)"})
            self.assertEqual(r.status, 200, r.text)
            self.assertEqual(r.json()["stdout"], "42\n")

    def test_4_leftovers_swept_while_running(self):
        foreign_exited = foreign_running = None
        try:
            with server("--pool", "0", env=SWEEP_EVERY_SECOND):
                victim = server("--pool", "2")
                victim.start()
                pid = victim.proc.pid
                left = wait_for(lambda: len(owned_by(of_pid(pid))) >= 2, 60)
                self.assertTrue(left, "the victim's pool is not up")
                victim.proc.kill()          # SIGKILL: nothing of its own is cleaned
                victim.proc.wait()
                victim.reader.join(5)
                # An ended container of an owner no one here can judge (another host),
                # and a running one of an owner in another pid namespace, which must
                # stay. (It names this live process, so that servers of older builds
                # starting on the shared engine meanwhile leave it alone too.)
                foreign = "not-this-boot:7:7:7"
                with open("/proc/sys/kernel/random/boot_id") as f:
                    boot = f.read().strip()
                with open("/proc/self/stat") as f:
                    start = f.read().rsplit(")", 1)[1].split()[19]
                other_ns = "%s:%d:%s:12345" % (boot, os.getpid(), start)
                foreign_exited = docker(
                    "run", "-d", "--network", "none", "--label", LABEL + "=1",
                    "--label", "safe-exec.owner=" + foreign, "--label", TEST_LABEL + "=1",
                    IMAGE).strip()
                foreign_running = docker(
                    "run", "-d", "-i", "--network", "none", "--label", LABEL + "=1",
                    "--label", "safe-exec.owner=" + other_ns, "--label", TEST_LABEL + "=1",
                    "-e", "SAFE_EXEC_IDLE_MAX_S=300", IMAGE).strip()
                gone = wait_for(lambda: not owned_by(of_pid(pid)), 15)
                self.assertTrue(gone, "a SIGKILLed server's containers stayed: %s" % owned_by(of_pid(pid)))
                gone = wait_for(lambda: foreign_exited not in managed(), 30)
                self.assertTrue(gone, "an exited leftover was not swept")
                self.assertEqual(managed().get(foreign_running, ("gone",))[0], "running",
                                 "a running container of an unknown owner was removed")
        finally:
            mine = [c for c in (foreign_exited, foreign_running) if c]
            if mine:
                docker("rm", "-f", *mine, check=False)

    def test_4b_idle_container_ends_itself(self):
        # A warm container whose server is gone must not wait for ever: the
        # entrypoint leaves after its idle bound (shortened here), exit status 3.
        cid = docker("run", "-d", "-i", "--network", "none", "--label", TEST_LABEL + "=1",
                     "-e", "SAFE_EXEC_IDLE_MAX_S=2", IMAGE).strip()
        try:
            ended = wait_for(lambda: docker("inspect", "--format", "{{.State.Status}}",
                                            cid).strip() == "exited", 30)
            self.assertTrue(ended, "an idle sandbox container did not end by itself")
            self.assertEqual(docker("inspect", "--format", "{{.State.ExitCode}}", cid).strip(),
                             "3")
        finally:
            docker("rm", "-f", cid, check=False)

    def test_5_forwarded_for_only_from_trusted_proxies(self):
        def checks(srv, xffs):
            out = []
            for x in xffs:
                headers = {"X-Forwarded-For": x} if x else {}
                out.append(srv.request("POST", "/check", {"code": "print(1)"},
                                       headers=headers).status)
            return out
        opts = ("--pool", "0", "--rate-limit", "6", "--rate-burst", "2")
        with server(*opts, env={"SAFE_EXEC_TRUSTED_PROXY": "127.0.0.0/8"},
                    wait_ready=False) as srv:
            # Three clients behind the balancer, two requests each: all within burst.
            got = checks(srv, ["198.51.100.1", "198.51.100.2", "198.51.100.3"] * 2)
            self.assertEqual(got, [200] * 6)
            # The same client again is its own bucket's third request.
            self.assertEqual(checks(srv, ["198.51.100.1"]), [429])
            # A client's forged entry to the left does not move it to another bucket.
            self.assertEqual(checks(srv, ["203.0.113.9, 198.51.100.2"]), [429])
        with server(*opts, wait_ready=False) as srv:
            # No trusted proxy: the header is the client's word, and ignored.
            got = checks(srv, ["198.51.100.1", "198.51.100.2", "198.51.100.3"])
            self.assertEqual(got, [200, 200, 429])
        with server(*opts, env={"SAFE_EXEC_TRUSTED_PROXY": "10.0.0.0/8"},
                    wait_ready=False) as srv:
            # The peer (loopback) is not among the trusted: ignored again.
            got = checks(srv, ["198.51.100.1", "198.51.100.2", "198.51.100.3"])
            self.assertEqual(got, [200, 200, 429])


if __name__ == "__main__":
    main()
