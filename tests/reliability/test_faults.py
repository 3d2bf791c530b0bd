"""Faults: the engine stopped mid-load, the image removed while serving, the server
killed with SIGKILL during runs.

The first two need an engine we may stop and an image we may remove: the shared
engine is never touched. The test starts a second dockerd of its own (rel.SecondEngine:
own socket, data root, exec root and pid file under a temporary directory, no iptables,
no bridge), copies the sandbox image into it (docker image save | load), and points
the server at it with DOCKER_HOST. Whatever happens, the engine, its containers and
its directories are removed at the end. The SIGKILL test uses the shared engine and
looks only at the containers of the servers it started (their owner label).
"""

import concurrent.futures
import os
import shutil
import signal
import threading
import time
import unittest

from rel import (IMAGE, OnSecondEngine, Server, containers_of, docker, main, wait_for)


def hello(srv, i, timeout=30):
    return srv.run({"code": "print('run', %d)" % i, "timeout": 10}, timeout=timeout)


class LoadLoop:
    """`clients` threads sending small runs until stopped; keeps every answer."""

    def __init__(self, srv, clients=6):
        self.srv = srv
        self.stop_ev = threading.Event()
        self.lock = threading.Lock()
        self.answers = []          # (time sent, time answered, status, json or error)
        self.threads = [threading.Thread(target=self._loop, args=(k,)) for k in range(clients)]

    def _loop(self, k):
        i = 0
        while not self.stop_ev.is_set():
            i += 1
            t0 = time.monotonic()
            try:
                r = hello(self.srv, k * 100000 + i, timeout=90)
                item = (t0, time.monotonic(), r.status, r.json())
            except Exception as e:  # noqa: BLE001 - recorded and asserted on
                item = (t0, time.monotonic(), None, repr(e))
            with self.lock:
                self.answers.append(item)
            time.sleep(0.05)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop_ev.set()
        for t in self.threads:
            t.join()

    def since(self, t):
        with self.lock:
            return [a for a in self.answers if a[0] >= t]


@unittest.skipUnless(shutil.which("dockerd") and os.geteuid() == 0,
                     "a second dockerd needs root and the dockerd binary")
class SecondEngineFaults(OnSecondEngine, unittest.TestCase):
    def setUp(self):
        if not self.engine.answers():
            self.engine.start()
        if docker("image", "inspect", IMAGE, host=self.engine.host, check=False).returncode:
            self.engine.load_image()

    def server(self):
        return Server("--pool", "2", "--concurrency", "3", "--queue", "64",
                      env={"DOCKER_HOST": self.engine.host})

    def health(self, srv):
        r = srv.request("GET", "/healthz", timeout=10)
        return r.status, r.json()

    def test_engine_stopped_mid_load(self):
        with self.server() as srv:
            with LoadLoop(srv) as load:
                time.sleep(4)
                before = load.since(0)
                self.assertTrue(before and all(a[2] == 200 for a in before),
                                [a for a in before if a[2] != 200][:5])

                t_stop = time.monotonic()
                self.engine.stop()          # SIGTERM, waits until dockerd is gone
                t_down = time.monotonic()
                time.sleep(6)
            during = load.since(t_stop)
            self.assertIsNone(srv.proc.poll(), "server died:\n" + srv.log()[-3000:])
            # Runs answered 503 naming the engine (those already running may have ended
            # first with their result); nothing else.
            down = [a for a in during if a[0] >= t_down]
            self.assertTrue(down, "no answers while the engine was down")
            for a in during:
                self.assertIn(a[2], (200, 503), a)
                if a[2] == 503:
                    self.assertEqual(a[3]["status"], "unavailable", a)
                    self.assertIn("engine", a[3]["error"], a)
            for a in down:
                self.assertEqual(a[2], 503, a)
                self.assertLess(a[1] - a[0], 5, "a 503 must be prompt: %r" % (a,))
            st, h = self.health(srv)
            self.assertEqual(st, 503, h)
            self.assertFalse(h["ready"], h)
            self.assertFalse(h["engine"]["ok"], h)
            self.assertIn("engine", h["error"].lower(), h)

            # The engine comes back: with no run to nudge it, the server notices by
            # itself (the pool refills) and says so on /healthz; no restart.
            t_up = time.monotonic()
            self.engine.start()
            ok = wait_for(lambda: self.health(srv)[0] == 200, timeout=90, step=0.5)
            self.assertTrue(ok, "not healthy again: %s\n%s" % (self.health(srv),
                                                               srv.log()[-3000:]))
            recovered = time.monotonic() - t_up
            self.assertTrue(wait_for(lambda: self.health(srv)[1]["pool"]["ready"] == 2,
                                     timeout=60, step=0.5), self.health(srv))
            with LoadLoop(srv, clients=3) as load2:
                time.sleep(4)
            after = load2.since(0)
            self.assertTrue(after and all(a[2] == 200 for a in after), after[:5])
            self.assertIsNone(srv.proc.poll())
            print("\nengine fault: %d answers before, %d after the stop (%d x 503), "
                  "healthy %.1f s after the engine was back, then %d runs ok" % (
                      len(before), len(during), sum(a[2] == 503 for a in during),
                      recovered, len(after)))

    def test_image_removed_while_serving(self):
        with self.server() as srv:
            self.assertEqual(hello(srv, 1).status, 200)
            docker("rmi", "-f", IMAGE, host=self.engine.host)
            # Warm containers made before may serve a run or two; then every run is
            # refused with a 503 that names the command rebuilding the image.
            answers = [hello(srv, i) for i in range(6)]
            refused = [r for r in answers if r.status != 200]
            self.assertTrue(refused, answers)
            self.assertEqual(answers[-1].status, 503, answers[-1])
            for r in refused:
                self.assertEqual(r.status, 503, r)
                j = r.json()
                self.assertEqual(j["status"], "unavailable", j)
                self.assertIn(IMAGE, j["error"])
                self.assertIn("scripts/run.sh", j["error"])
                self.assertTrue(r.header("Retry-After"), r)
            st, h = self.health(srv)
            self.assertEqual(st, 503, h)
            self.assertFalse(h["image"]["ok"], h)
            self.assertIn("scripts/run.sh", h["error"])

            self.engine.load_image()
            ok = wait_for(lambda: hello(srv, 99).status == 200, timeout=60, step=0.5)
            self.assertTrue(ok, srv.log()[-3000:])
            self.assertTrue(wait_for(lambda: self.health(srv)[0] == 200, timeout=60,
                                     step=0.5), self.health(srv))


class KilledServer(unittest.TestCase):
    def test_sigkill_leaves_orphans_the_next_start_removes(self):
        first = Server("--pool", "3", "--concurrency", "3")
        first.start()
        try:
            with concurrent.futures.ThreadPoolExecutor(3) as ex:
                futs = [ex.submit(first.run, {"code": "while True:\n    pass", "timeout": 20})
                        for _ in range(3)]
                self.assertTrue(wait_for(lambda: len(containers_of(first.owner)) >= 5,
                                         timeout=60), containers_of(first.owner))
                time.sleep(1)
                orphans = containers_of(first.owner)
                first.proc.send_signal(signal.SIGKILL)
                first.proc.wait(30)
                for f in futs:
                    with self.assertRaises(Exception):
                        f.result(timeout=30)
        finally:
            first.reader.join(5)
        self.assertGreaterEqual(len(orphans), 5, orphans)
        # Still there: nobody removed them.
        left = [c for c in orphans if c in containers_of(first.owner)]
        self.assertEqual(sorted(left), sorted(orphans))

        with Server("--pool", "1") as second:
            gone = wait_for(lambda: not containers_of(first.owner), timeout=60)
            self.assertTrue(gone, "orphans not removed: %s\n%s" % (
                containers_of(first.owner), second.log()[-2000:]))
            self.assertEqual(hello(second, 1).status, 200)
        first.proc.stderr.close()


if __name__ == "__main__":
    main()
