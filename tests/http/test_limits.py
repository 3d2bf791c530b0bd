"""End-to-end tests of the server's admission control: the API key, the bounded
queue (503 when flooded), the per-client rate limit (429) and configured CORS."""

import concurrent.futures
import json
import time
import unittest

from harness import Server, main

SLOW = {"code": "while True:\n    pass", "timeout": 3}


def wait_for(cond, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.05)
    return False


def gauge(srv, name):
    for line in srv.request("GET", "/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError("no gauge " + name)


class ApiKey(unittest.TestCase):
    def test_key_required_when_set(self):
        with Server("--pool", "1", env={"SAFE_EXEC_API_KEY": "k3y-for-tests"}) as srv:
            body = {"code": "print(1)"}
            for path in ("/run", "/check"):
                r = srv.request("POST", path, body)
                self.assertEqual(r.status, 401, r)
                self.assertEqual(r.json()["status"], "unauthorized")
                self.assertIn("Authorization: Bearer", r.json()["error"])
                self.assertTrue(r.header("WWW-Authenticate").startswith("Bearer"))
                r = srv.request("POST", path, body, {"Authorization": "Bearer wrong"})
                self.assertEqual(r.status, 401, r)
                self.assertEqual(r.json()["error"], "wrong API key")
                r = srv.request("POST", path, body, {"Authorization": "Bearer k3y-for-test"})
                self.assertEqual(r.status, 401, r)
                r = srv.request("POST", path, body, {"Authorization": "Basic k3y-for-tests"})
                self.assertEqual(r.status, 401, r)
                r = srv.request("POST", path, body, {"Authorization": "Bearer k3y-for-tests"})
                self.assertEqual(r.status, 200, r)
            r = srv.request("POST", "/run?raw=1", body)
            self.assertEqual(r.status, 401)
            self.assertEqual(r.header("X-Status"), "unauthorized")
            # Health, metrics and the page stay open.
            self.assertEqual(srv.request("GET", "/healthz").status, 200)
            self.assertEqual(srv.request("GET", "/metrics").status, 200)
            self.assertEqual(srv.request("GET", "/").status, 200)
            self.assertIn("API key required", srv.log())


class Queue(unittest.TestCase):
    def test_flood_gets_503(self):
        with Server("--concurrency", "1", "--queue", "1", "--pool", "1") as srv:
            with concurrent.futures.ThreadPoolExecutor(2) as ex:
                first = ex.submit(srv.run, SLOW)
                self.assertTrue(wait_for(lambda: gauge(srv, "safe_exec_runs_in_progress") == 1))
                second = ex.submit(srv.run, SLOW)
                self.assertTrue(wait_for(lambda: gauge(srv, "safe_exec_queue_depth") == 1))
                t0 = time.monotonic()
                r = srv.run({"code": "print(1)"})
                self.assertLess(time.monotonic() - t0, 1.0, "a full queue must answer at once")
                self.assertEqual(r.status, 503, r)
                self.assertEqual(r.json()["status"], "unavailable")
                self.assertIn("too busy", r.json()["error"])
                self.assertTrue(int(r.header("Retry-After")) >= 1)
                r = srv.run({"code": "print(1)"}, raw=True)
                self.assertEqual(r.status, 503)
                self.assertTrue(r.text.startswith("too busy"))
                # The checker still answers at once: /check never queues.
                r = srv.request("POST", "/check", {"code": "print(1)"})
                self.assertEqual(r.status, 200)
                for f in (first, second):
                    res = f.result()
                    self.assertEqual(res.status, 200, res)
                    self.assertEqual(res.json()["status"], "timeout")
            r = srv.run({"code": "print('after')"})
            self.assertEqual(r.json()["stdout"], "after\n")
            self.assertRegex(srv.request("GET", "/metrics").text,
                             r'safe_exec_runs_total\{outcome="queue_full"\} 2')


class RateLimit(unittest.TestCase):
    def test_429_past_the_burst(self):
        with Server("--rate-limit", "30", "--rate-burst", "3", "--pool", "1") as srv:
            body = {"code": "print(1)"}
            for _ in range(3):
                self.assertEqual(srv.request("POST", "/check", body).status, 200)
            r = srv.request("POST", "/check", body)
            self.assertEqual(r.status, 429, r)
            self.assertEqual(r.json()["status"], "rate_limited")
            self.assertIn("30 per minute", r.json()["error"])
            self.assertEqual(r.header("Retry-After"), "2")
            r = srv.run(body)
            self.assertEqual(r.status, 429)
            # Other routes are not limited.
            self.assertEqual(srv.request("GET", "/healthz").status, 200)
            time.sleep(2.1)
            self.assertEqual(srv.run(body).status, 200)


class Cors(unittest.TestCase):
    def test_configured_origin(self):
        with Server("--cors-origins", "http://editor.example, http://other.example",
                    wait_ready=False) as srv:
            r = srv.request("OPTIONS", "/run", headers={
                "Origin": "http://editor.example", "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type"})
            self.assertEqual(r.status, 204)
            self.assertEqual(r.header("Access-Control-Allow-Origin"), "http://editor.example")
            self.assertIn("POST", r.header("Access-Control-Allow-Methods"))
            self.assertIn("Content-Type", r.header("Access-Control-Allow-Headers"))
            self.assertIn("Authorization", r.header("Access-Control-Allow-Headers"))
            r = srv.request("POST", "/check", {"code": "print(1)"},
                            {"Origin": "http://other.example"})
            self.assertEqual(r.header("Access-Control-Allow-Origin"), "http://other.example")
            self.assertIn("X-Exit-Code", r.header("Access-Control-Expose-Headers"))
            self.assertEqual(r.header("Vary"), "Origin")
            r = srv.request("OPTIONS", "/run", headers={"Origin": "http://evil.example"})
            self.assertIsNone(r.header("Access-Control-Allow-Origin"))
            self.assertEqual(srv.request("OPTIONS", "/nope").status, 404)


if __name__ == "__main__":
    main()
