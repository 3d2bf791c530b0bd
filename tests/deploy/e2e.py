#!/usr/bin/env python3
"""Two nodes, a Swarm stack and haproxy: no request lost to a SIGKILL or a rolling
update (issue 15). Run as root: `python3 tests/deploy/e2e.py` (several minutes; not in
the default ctest run, README "Deploying" names it).

What it builds, all of its own and all removed at the end, failing or not:
  - network namespaces: a hub with a bridge, and node1/node2 on it by veth pairs
    (10.231.77.0/24); haproxy and the load client run in the hub, so all traffic goes
    to those namespaces' addresses;
  - one dockerd per node in its namespace (own data root, exec root, pid file, and its
    socket at /var/run/docker.sock inside a private mount namespace, as on a real
    node), the images copied in; a Swarm of the two, the stack deploy/stack.yaml;
  - haproxy (from Debian) with the retries of deploy/haproxy.cfg on :8080, and the
    same backend without retries on :8081, the control.
The shared engine is only read from (the images are built into it with their own
tags by deploy/build-images.sh, then saved).

Prints, for each phase, "N passed, M failed"; exits 1 when a phase that must lose
nothing lost anything, or the control lost nothing (then it shows nothing).
"""

import concurrent.futures
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SERVER_IMAGE = os.environ.get("SAFE_EXEC_E2E_SERVER_IMAGE", "safe-exec-server:e2e")
SANDBOX_IMAGE = os.environ.get("SAFE_EXEC_E2E_SANDBOX_IMAGE", "safe-exec-sandbox:e2e")
NET = "10.231.77."
HUB_ADDR = NET + "1"
TAG = "se-e2e-%d" % os.getpid()


def log(msg):
    print("[e2e] " + msg, flush=True)


def run(cmd, check=True, timeout=300, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)
    if check and r.returncode != 0:
        raise RuntimeError("%s: %s" % (" ".join(cmd), (r.stderr or r.stdout).strip()[-2000:]))
    return r.stdout


def in_ns(ns, *cmd):
    # nsenter, not `ip netns exec`: the latter remounts /sys, hiding the cgroups.
    return ["nsenter", "--net=/run/netns/" + ns, *cmd]


# ---- the load client: runs inside the hub namespace (a subprocess of this file) ----

def client_main(url, clients, total, out_path):
    lock = threading.Lock()
    results = []
    counter = iter(range(total))

    def one(i):
        body = json.dumps({"code": "print(%d)" % i, "timeout": 10}).encode()
        req = urllib.request.Request(url + "/run", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=90) as r:
                ans = json.loads(r.read())
                ok = r.status == 200 and ans.get("status") == "ok" and \
                    ans.get("stdout") == "%d\n" % i
                return (i, ok, r.status, r.headers.get("X-Node"), None if ok else ans)
        except urllib.error.HTTPError as e:
            return (i, False, e.code, e.headers.get("X-Node"), e.read()[:300].decode("utf-8", "replace"))
        except Exception as e:  # noqa: BLE001 - a lost request, recorded
            return (i, False, None, None, repr(e))

    def worker():
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            res = one(i)
            with lock:
                results.append(res)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(out_path, "w") as f:
        json.dump(results, f)


# ---- the fixture ----------------------------------------------------------------

class Node:
    def __init__(self, world, name, addr):
        self.world, self.name, self.addr = world, name, addr
        self.ns = "%s-%s" % (TAG, name)
        self.dir = os.path.join(world.dir, name)
        self.run_dir = os.path.join(self.dir, "run")
        self.sock = "unix://" + os.path.join(self.run_dir, "docker.sock")
        self.proc = None

    def docker(self, *args, check=True, timeout=300):
        return run(["docker", "-H", self.sock, *args], check=check, timeout=timeout)

    def start_engine(self):
        for d in ("run", "data", "exec"):
            os.makedirs(os.path.join(self.dir, d), exist_ok=True)
        script = ("mount --bind %s /run && exec dockerd --host unix:///var/run/docker.sock "
                  "--data-root %s/data --exec-root %s/exec --pidfile %s/dockerd.pid "
                  "--iptables=false --ip6tables=false --bridge=none") % (
                      self.run_dir, self.dir, self.dir, self.dir)
        logf = open(os.path.join(self.dir, "dockerd.log"), "w")
        self.proc = subprocess.Popen(
            in_ns(self.ns, "unshare", "-m", "--propagation", "private", "sh", "-c", script),
            stdout=logf, stderr=logf, stdin=subprocess.DEVNULL, start_new_session=True)
        logf.close()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            if subprocess.run(["docker", "-H", self.sock, "version"], capture_output=True,
                              timeout=20).returncode == 0:
                return
            time.sleep(0.5)
        raise RuntimeError("dockerd of %s did not start:\n%s" % (self.name, self.log_tail()))

    def log_tail(self):
        try:
            with open(os.path.join(self.dir, "dockerd.log"), errors="replace") as f:
                return "".join(f.readlines()[-20:])
        except OSError:
            return ""

    def stop_engine(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(30)


class World:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="se-e2e-")
        self.hub = TAG + "-hub"
        self.nodes = [Node(self, "node1", NET + "11"), Node(self, "node2", NET + "12")]
        self.haproxy = None
        self.namespaces = []

    # network: a hub namespace with a bridge, each node on it by a veth pair
    def make_network(self):
        run(["ip", "netns", "add", self.hub])
        self.namespaces.append(self.hub)
        hub = ["ip", "-n", self.hub]
        run(hub + ["link", "add", "br0", "type", "bridge"])
        run(hub + ["addr", "add", HUB_ADDR + "/24", "dev", "br0"])
        run(hub + ["link", "set", "br0", "up"])
        run(hub + ["link", "set", "lo", "up"])
        for k, n in enumerate(self.nodes):
            run(["ip", "netns", "add", n.ns])
            self.namespaces.append(n.ns)
            peer = "v%d" % k
            run(["ip", "link", "add", "eth0", "netns", n.ns, "type", "veth", "peer", "name",
                 peer, "netns", self.hub])
            run(hub + ["link", "set", peer, "master", "br0", "up"])
            node = ["ip", "-n", n.ns]
            run(node + ["addr", "add", n.addr + "/24", "dev", "eth0"])
            run(node + ["link", "set", "eth0", "up"])
            run(node + ["link", "set", "lo", "up"])

    def images(self):
        if os.environ.get("SAFE_EXEC_E2E_SKIP_BUILD") != "1":
            log("building %s and %s (deploy/build-images.sh)" % (SERVER_IMAGE, SANDBOX_IMAGE))
            env = dict(os.environ, SAFE_EXEC_SERVER_IMAGE=SERVER_IMAGE,
                       SAFE_EXEC_IMAGE=SANDBOX_IMAGE)
            run(["bash", os.path.join(ROOT, "deploy", "build-images.sh")], env=env, timeout=1800)
        tar = os.path.join(self.dir, "images.tar")
        run(["docker", "image", "save", "-o", tar, SERVER_IMAGE, SANDBOX_IMAGE], timeout=600)
        return tar

    def swarm(self):
        n1, n2 = self.nodes
        n1.docker("swarm", "init", "--advertise-addr", n1.addr, "--listen-addr",
                  n1.addr + ":2377")
        token = n1.docker("swarm", "join-token", "-q", "worker").strip()
        n2.docker("swarm", "join", "--token", token, "--advertise-addr", n2.addr,
                  "--listen-addr", n2.addr + ":2377", n1.addr + ":2377")

    def deploy(self):
        env = dict(os.environ, SAFE_EXEC_SERVER_IMAGE=SERVER_IMAGE, SAFE_EXEC_IMAGE=SANDBOX_IMAGE,
                   SAFE_EXEC_POOL="2", SAFE_EXEC_CONCURRENCY="4",
                   SAFE_EXEC_TRUSTED_PROXY=HUB_ADDR + "/32")
        run(["docker", "-H", self.nodes[0].sock, "stack", "deploy", "--resolve-image", "never",
             "-c", os.path.join(ROOT, "deploy", "stack.yaml"), TAG], env=env)

    def start_haproxy(self):
        with open(os.path.join(ROOT, "deploy", "haproxy.cfg")) as f:
            cfg = f.read()
        # Our nodes instead of the examples; the address of the hub; a header naming
        # the node that answered; and the control: the same backend without retries.
        lines = [ln for ln in cfg.splitlines() if not ln.strip().startswith("server node")]
        cfg = "\n".join(lines) + "\n"
        cfg = cfg.replace("bind 127.0.0.1:8080", "bind %s:8080" % HUB_ADDR)
        cfg = cfg.replace("log stdout format raw local0 info", "log stdout format raw local0 notice")
        servers = "".join("    server %s %s:5000\n" % (n.name, n.addr) for n in self.nodes)
        if "    default-server check inter 1s fall 2 rise 2 slowstart 5s\n" not in cfg:
            raise RuntimeError("deploy/haproxy.cfg changed: update the test's edits")
        cfg = cfg.replace("    default-server check inter 1s fall 2 rise 2 slowstart 5s\n",
                          "    default-server check inter 1s fall 2 rise 2 slowstart 5s\n" + servers)
        cfg += "\n    http-response set-header X-Node %s\n" % "%s"
        cfg += ("\nfrontend control\n    bind %s:8081\n    default_backend control\n\n"
                "backend control\n    balance leastconn\n    retries 0\n"
                "    option redispatch 0\n    option httpchk GET /healthz\n"
                "    http-check expect status 200\n"
                "    default-server check inter 1s fall 2 rise 2 slowstart 5s\n%s"
                "    http-response set-header X-Node %%s\n") % (HUB_ADDR, servers)
        path = os.path.join(self.dir, "haproxy.cfg")
        with open(path, "w") as f:
            f.write(cfg + "\n")
        run(["haproxy", "-c", "-f", path])
        logf = open(os.path.join(self.dir, "haproxy.log"), "w")
        self.haproxy = subprocess.Popen(in_ns(self.hub, "haproxy", "-db", "-f", path),
                                        stdout=logf, stderr=logf, start_new_session=True)
        logf.close()

    def load(self, port, clients, total, during=None, delay=2.0):
        out = os.path.join(self.dir, "load-%d-%d.json" % (port, time.monotonic_ns()))
        client = subprocess.Popen(in_ns(self.hub, sys.executable, os.path.abspath(__file__),
                                        "--client", "http://%s:%d" % (HUB_ADDR, port),
                                        str(clients), str(total), out))
        if during:
            time.sleep(delay)
            during()
        client.wait(1200)
        with open(out) as f:
            return json.load(f)

    def health(self, node):
        r = subprocess.run(in_ns(self.hub, "python3", "-c",
                                 "import urllib.request,sys\n"
                                 "try:\n"
                                 " r=urllib.request.urlopen('http://%s:5000/healthz',timeout=3)\n"
                                 " sys.exit(0 if r.status==200 else 1)\n"
                                 "except Exception:\n sys.exit(1)" % node.addr),
                           capture_output=True, timeout=30)
        return r.returncode == 0

    def wait_healthy(self, timeout=300):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(self.health(n) for n in self.nodes):
                return
            time.sleep(1)
        raise RuntimeError("the nodes did not become healthy: %s" % [
            (n.name, self.health(n), n.docker("ps", "-a", check=False)) for n in self.nodes])

    def server_container(self, node):
        ids = node.docker("ps", "-q", "--filter", "label=com.docker.swarm.service.name=%s_server"
                          % TAG).split()
        if len(ids) != 1:
            raise RuntimeError("%s runs %d server containers" % (node.name, len(ids)))
        return ids[0]

    def cleanup(self):
        if self.haproxy and self.haproxy.poll() is None:
            self.haproxy.kill()
            self.haproxy.wait()
        first = self.nodes[0]
        if first.proc and first.proc.poll() is None:
            first.docker("stack", "rm", TAG, check=False, timeout=60)
        for n in self.nodes:
            if n.proc and n.proc.poll() is None:
                ids = n.docker("ps", "-aq", check=False, timeout=60).split()
                if ids:
                    n.docker("rm", "-f", *ids, check=False, timeout=120)
                n.docker("swarm", "leave", "--force", check=False, timeout=60)
            n.stop_engine()
        # containerd, shims and anything else started from our directory
        for pid in os.listdir("/proc"):
            if not pid.isdigit() or int(pid) == os.getpid():
                continue
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    cmd = f.read()
            except OSError:
                continue
            if self.dir.encode() in cmd:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except OSError:
                    pass
        time.sleep(1)
        with open("/proc/self/mountinfo") as f:
            mounts = [ln.split()[4] for ln in f if ln.split()[4].startswith(self.dir + "/")]
        for mp in sorted(mounts, key=len, reverse=True):
            subprocess.run(["umount", "-l", mp], capture_output=True)
        for ns in reversed(self.namespaces):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def tally(name, results):
    passed = sum(1 for r in results if r[1])
    failed = len(results) - passed
    nodes = sorted({r[3] for r in results if r[3]})
    log("%s: %d passed, %d failed (answered by %s)" % (name, passed, failed, ", ".join(nodes)))
    for r in [r for r in results if not r[1]][:5]:
        log("  lost #%d: status %s: %s" % (r[0], r[2], str(r[4])[:200]))
    return passed, failed, nodes


def main():
    if os.geteuid() != 0:
        sys.exit("run as root: it makes network namespaces and Docker engines")
    for tool in ("dockerd", "haproxy", "nsenter", "unshare", "ip"):
        if not shutil.which(tool):
            sys.exit("missing %s (apt-get install docker.io haproxy util-linux iproute2)" % tool)
    world = World()
    ok = True
    try:
        world.make_network()
        tar = world.images()
        for n in world.nodes:
            n.start_engine()
            n.docker("image", "load", "-i", tar, timeout=600)
        world.swarm()
        world.deploy()
        world.wait_healthy()
        world.start_haproxy()
        time.sleep(3)   # first health checks

        res = world.load(8080, 4, 40)
        passed, failed, nodes = tally("both nodes serve", res)
        ok &= passed == 40 and failed == 0 and len(nodes) == 2

        node1 = world.nodes[0]

        def kill_node1():
            cid = world.server_container(node1)
            log("SIGKILL to node1's server (container %s)" % cid[:12])
            node1.docker("kill", "--signal", "KILL", cid)

        res = world.load(8080, 8, 150, during=kill_node1)
        passed, failed, _ = tally("SIGKILL of a node's server, with retries", res)
        ok &= passed == 150 and failed == 0
        world.wait_healthy()
        time.sleep(3)

        res = world.load(8081, 8, 150, during=kill_node1)
        _, failed, _ = tally("the same kill without retries (control)", res)
        if failed == 0:
            log("the control lost nothing: it shows nothing")
            ok = False
        world.wait_healthy()
        time.sleep(3)

        def roll():
            log("rolling update of the service")
            node1.docker("service", "update", "--detach=false", "--force", TAG + "_server",
                         timeout=600)
            log("rolling update done")
        results = {}

        def load300():
            results["r"] = world.load(8080, 8, 300)
        updater = threading.Thread(target=load300)
        updater.start()
        time.sleep(2)
        roll()
        updater.join()
        passed, failed, _ = tally("rolling update", results["r"])
        ok &= passed == 300 and failed == 0
    except Exception as e:  # noqa: BLE001 - reported, then cleaned up
        log("FAILED: %s" % e)
        ok = False
    finally:
        if not ok:
            for name in ("haproxy.log", "node1/dockerd.log", "node2/dockerd.log"):
                try:
                    with open(os.path.join(world.dir, name), errors="replace") as f:
                        tail = f.readlines()[-15:]
                    log("--- %s (tail)\n%s" % (name, "".join(tail)))
                except OSError:
                    pass
        log("cleaning up")
        world.cleanup()
    log("PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--client":
        client_main(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
        sys.exit(0)
    sys.exit(main())
