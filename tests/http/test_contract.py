"""End-to-end tests of the HTTP API contract (README "HTTP API") against a real
server and the real Docker engine: every row of the table, JSON and raw modes of
each run outcome, /check, static files, health, metrics, bad input of every kind,
20 concurrent clients, and a burst of malformed requests."""

import concurrent.futures
import json
import re
import threading
import time
import unittest

from harness import Server, main, raw_exchange

RUN_KEYS = ["id", "status", "exit_code", "stdout", "stderr", "output", "error", "duration_ms",
            "cpu_time_ms", "memory_peak_kb", "truncated"]
MARKER = "CODE-MARKER-7f3a"


class Contract(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = Server("--concurrency", "5", "--queue", "50")
        cls.srv.start()

    @classmethod
    def tearDownClass(cls):
        log = cls.srv.log()
        code = cls.srv.stop()
        assert code == 0, "exit code %s\n%s" % (code, log)
        assert MARKER not in log, "the submitted code reached the log"

    # ---- helpers -------------------------------------------------------------

    def run_json(self, payload, status=200):
        r = self.srv.run(payload)
        self.assertEqual(r.status, status, r)
        self.assertTrue(r.header("Content-Type").startswith("application/json"), r.headers)
        return r.json()

    def assert_error(self, r, status, word, *needles):
        self.assertEqual(r.status, status, r)
        self.assertTrue(r.header("Content-Type").startswith("application/json"))
        j = r.json()
        # Answers of /run past the layer's own checks carry the run's id too.
        self.assertEqual(sorted(k for k in j if k != "id"), ["error", "status"], j)
        if "id" in j:
            self.assertEqual(r.header("X-Run-Id"), j["id"])
        self.assertEqual(j["status"], word, j)
        for n in needles:
            self.assertIn(n, j["error"])
        return j

    def post(self, path, body, ctype="application/json", headers=None):
        h = {"Content-Type": ctype} if ctype else {}
        h.update(headers or {})
        return self.srv.request("POST", path, body, h)

    # ---- 200: each outcome, JSON and raw ---------------------------------------

    def test_ok(self):
        j = self.run_json({"code": "print(2 + 2)  # " + MARKER})
        self.assertEqual(list(j), RUN_KEYS)
        self.assertEqual(j["status"], "ok")
        self.assertEqual(j["exit_code"], 0)
        self.assertEqual(j["stdout"], "4\n")
        self.assertEqual(j["output"], "4\n")
        self.assertEqual(j["stderr"], "")
        self.assertIsNone(j["error"])
        self.assertIs(j["truncated"], False)
        self.assertIsInstance(j["duration_ms"], int)
        self.assertGreaterEqual(j["duration_ms"], 0)

    def test_ok_raw(self):
        r = self.srv.run({"code": "print(2 + 2)\nprint('done')"}, raw=True)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.header("Content-Type"), "text/plain; charset=utf-8")
        self.assertEqual(r.header("X-Exit-Code"), "0")
        self.assertEqual(r.header("X-Status"), "ok")
        self.assertEqual(r.text, "4\ndone\n")

    def test_stdin_and_unicode(self):
        j = self.run_json({"code": "s = input()\nprint(s[::-1], 'h\u00e9llo \U0001F40D')",
                           "stdin": "abc\n"})
        self.assertEqual(j["stdout"], "cba h\u00e9llo \U0001F40D\n")

    def test_error_exit(self):
        j = self.run_json({"code": "print('before')\nraise ValueError('boom')"})
        self.assertEqual(j["status"], "error")
        self.assertEqual(j["exit_code"], 1)
        self.assertEqual(j["stdout"], "before\n")
        self.assertIn("ValueError: boom", j["stderr"])
        self.assertEqual(j["error"], "Process exited with code 1")
        r = self.srv.run({"code": "print('out')\nraise ValueError('x')"}, raw=True)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.header("X-Exit-Code"), "1")
        self.assertEqual(r.header("X-Status"), "error")
        # stdout first, then stderr.
        self.assertTrue(r.text.startswith("out\nTraceback"), r.text)
        self.assertTrue(r.text.endswith("ValueError: x\n"), r.text)
        j = self.run_json({"code": "raise SystemExit(3)"})
        self.assertEqual((j["status"], j["exit_code"]), ("error", 3))

    def test_timeout(self):
        t0 = time.monotonic()
        j = self.run_json({"code": "print('started', flush=True)\nwhile True:\n    pass",
                           "timeout": 1})
        self.assertLess(time.monotonic() - t0, 8)
        self.assertEqual(j["status"], "timeout")
        self.assertEqual(j["error"], "Execution timed out after 1 second")
        self.assertEqual(j["stdout"], "started\n")
        r = self.srv.run({"code": "while True:\n    pass", "timeout": 0.5}, raw=True)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.header("X-Status"), "timeout")
        self.assertTrue(r.text.endswith("Execution timed out after 0.5 seconds\n"), r.text)

    def test_memory_limit(self):
        code = "x = b'a' * (512 * 1024 * 1024)\nprint(len(x))"
        j = self.run_json({"code": code})
        self.assertEqual(j["status"], "memory_limit", j)
        self.assertEqual(j["error"], "Memory limit of 128 MiB exceeded")
        self.assertEqual(j["stdout"], "")
        r = self.srv.run({"code": code}, raw=True)
        self.assertEqual(r.header("X-Status"), "memory_limit")
        self.assertIn("Memory limit of 128 MiB exceeded", r.text)

    def test_output_limit(self):
        code = "while True:\n    print('x' * 1000)"
        j = self.run_json({"code": code})
        self.assertEqual(j["status"], "output_limit", j["error"])
        self.assertEqual(j["error"], "Output limit of 1 MiB exceeded")
        self.assertIs(j["truncated"], True)
        self.assertLessEqual(len(j["stdout"]), 64 * 1024)
        r = self.srv.run({"code": code}, raw=True)
        self.assertEqual(r.header("X-Status"), "output_limit")
        self.assertTrue(r.text.endswith("Output limit of 1 MiB exceeded\n"))

    def test_truncated_but_ok(self):
        j = self.run_json({"code": "print('a' * 100000)"})
        self.assertEqual(j["status"], "ok")
        self.assertIs(j["truncated"], True)
        self.assertEqual(len(j["stdout"]), 64 * 1024)

    # ---- 422 and /check -------------------------------------------------------

    def test_rejected(self):
        j = self.run_json({"code": "import os\nprint(os.getcwd())"}, status=422)
        self.assertEqual(j["status"], "rejected")
        self.assertEqual(j["error"], "Code rejected: import of 'os' is not allowed (line 1)")
        v = j["violations"][0]
        self.assertEqual((v["rule"], v["line"], v["column"]), ("import", 1, 1))
        self.assertIn("'os'", v["message"])
        r = self.srv.run({"code": "import os"}, raw=True)
        self.assertEqual(r.status, 422, r)
        self.assertEqual(r.header("X-Status"), "rejected")
        self.assertTrue(r.text.startswith("Code rejected: import of 'os' is not allowed "
                                          "(line 1)\nline 1, column 1: "), r.text)

    def test_check(self):
        r = self.post("/check", json.dumps({"code": "print(sum(range(10)))"}))
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json(), {"ok": True, "violations": []})
        r = self.post("/check", json.dumps({"code": "x = 1\nprint(object.__subclasses__())"}))
        self.assertEqual(r.status, 200, r)
        j = r.json()
        self.assertIs(j["ok"], False)
        self.assertEqual(j["violations"][0]["rule"], "dunder")
        self.assertEqual(j["violations"][0]["line"], 2)
        self.assertTrue(j["error"].startswith("Code rejected: "))
        r = self.post("/check", "{}")
        self.assert_error(r, 400, "bad_request", '"code"')

    # ---- 400 / 413 / 415 / 404 / 405 ------------------------------------------

    def test_bad_requests(self):
        cases = [
            (b"{not json", "invalid JSON at line 1"),
            (b"", "empty"),
            (b"[1]", "must be a JSON object, not an array"),
            (b'"print(1)"', "must be a JSON object, not a string"),
            (b"{}", 'missing field "code"'),
            (b'{"code": 5}', 'field "code" must be a string, not a number'),
            (b'{"code": ""}', 'field "code" is empty'),
            (b'{"code": "print(1)\xff"}', "not valid UTF-8"),
            (b'{"code": "x", "timeout": 0}', 'field "timeout" must be a positive number'),
            (b'{"code": "x", "timeout": -2}', 'field "timeout" must be a positive number'),
            (b'{"code": "x", "timeout": "5"}', 'field "timeout" must be a positive number'),
            (b'{"code": "x", "timeout": 31}', 'field "timeout" is 31 seconds; the maximum is 30'),
            (b'{"code": "x", "stdin": 7}', 'field "stdin" must be a string'),
        ]
        for body, needle in cases:
            with self.subTest(body=body):
                self.assert_error(self.post("/run", body), 400, "bad_request", needle)
                r = self.post("/run?raw=1", body)
                self.assertEqual(r.status, 400, r)
                self.assertEqual(r.header("Content-Type"), "text/plain; charset=utf-8")
                self.assertEqual(r.header("X-Status"), "bad_request")
                self.assertIn(needle, r.text)

    def test_too_large(self):
        j = self.assert_error(self.srv.run({"code": "\u00e9" * 5001}), 413, "too_large",
                              '"code" is 5001 characters; the limit is 5000')
        # 5000 characters of two bytes each are fine: the limit counts characters.
        r = self.srv.run({"code": "#" + "\u00e9" * 4990 + "\nprint(1)"})
        self.assertEqual(r.status, 200, r)
        # A little over the cap: read, dropped, answered on a connection kept open.
        r = self.srv.request("POST", "/run", b"{" + b" " * 300_000 + b"}",
                             {"Content-Type": "application/json"})
        j = self.assert_error(r, 413, "too_large", "request body is 300002 bytes; the limit is")
        self.assertRegex(j["error"], r"limit is \d+ bytes")
        # Far over: answered from the headers alone, before any of the body is sent.
        head = (b"POST /run HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 50000000\r\n\r\n")
        reply = raw_exchange(self.srv.port, head, timeout=5, half_close=False)
        self.assertTrue(reply.startswith(b"HTTP/1.1 413 "), reply[:200])
        self.assertIn(b"request body is 50000000 bytes", reply)

    def test_too_large_chunked(self):
        conn = self.srv.connect()
        try:
            conn.putrequest("POST", "/run")
            conn.putheader("Content-Type", "application/json")
            conn.putheader("Transfer-Encoding", "chunked")
            conn.endheaders()
            chunk = b" " * 65536
            for _ in range(8):
                conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            conn.send(b"0\r\n\r\n")
            r = conn.getresponse()
            self.assertEqual(r.status, 413)
            self.assertIn("larger than the limit", json.loads(r.read())["error"])
        finally:
            conn.close()

    def test_content_type(self):
        self.assert_error(self.post("/run", '{"code":"print(1)"}', "text/plain"), 415,
                          "unsupported_media_type", "Content-Type must be application/json")
        self.assert_error(self.post("/run", '{"code":"print(1)"}', None), 415,
                          "unsupported_media_type")
        self.assert_error(self.post("/check", '{"code":"print(1)"}',
                                    "application/x-www-form-urlencoded"), 415,
                          "unsupported_media_type")
        r = self.post("/run", '{"code":"print(1)"}', "application/json; charset=utf-8")
        self.assertEqual(r.status, 200, r)

    def test_routes(self):
        self.assert_error(self.srv.request("GET", "/nope"), 404, "not_found", "/nope")
        self.assert_error(self.srv.request("POST", "/run/x", "{}"), 404, "not_found")
        r = self.srv.request("GET", "/run")
        self.assert_error(r, 405, "method_not_allowed", "GET", "/run")
        self.assertIn("POST", r.header("Allow"))
        r = self.srv.request("DELETE", "/healthz")
        self.assert_error(r, 405, "method_not_allowed")
        self.assertIn("GET", r.header("Allow"))
        self.assert_error(self.post("/metrics", "{}"), 405, "method_not_allowed")

    # ---- CORS -------------------------------------------------------------------

    def test_cors_default_same_origin(self):
        r = self.srv.request("OPTIONS", "/run", headers={
            "Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
        self.assertEqual(r.status, 204)
        self.assertIn("POST", r.header("Allow"))
        self.assertIsNone(r.header("Access-Control-Allow-Origin"))
        r = self.srv.run({"code": "print(1)"}, headers={"Origin": "http://evil.example"})
        self.assertIsNone(r.header("Access-Control-Allow-Origin"))

    # ---- pages, health, metrics -----------------------------------------------

    def test_pages(self):
        r = self.srv.request("GET", "/")
        self.assertEqual(r.status, 200)
        self.assertTrue(r.header("Content-Type").startswith("text/html"))
        self.assertIn(b"<html", r.body.lower())
        etag = r.header("ETag")
        self.assertTrue(etag)
        self.assertEqual(self.srv.request("GET", "/", headers={"If-None-Match": etag}).status,
                         304)
        self.assertEqual(self.srv.request("HEAD", "/").status, 200)
        for path in ("/static/../index.html", "/static/%2e%2e/index.html",
                     "/static/nope.js", "/static//x", "/static/.hidden"):
            self.assertEqual(self.srv.request("GET", path).status, 404, path)
        for ref in re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text):
            s = self.srv.request("GET", ref)
            self.assertEqual(s.status, 200, ref)

    def test_rules(self):
        # The rule set the server enforces, published: what the checker and the
        # editor's "What can I use?" panel read.
        r = self.srv.request("GET", "/rules")
        self.assertEqual(r.status, 200, r)
        self.assertTrue(r.headers["Content-Type"].startswith("application/json"))
        j = r.json()
        self.assertIn("math", j["modules"])
        self.assertIn("sqrt", j["modules"]["math"]["allowed_attributes"])
        self.assertNotIn("os", j["modules"])
        self.assertIn("eval", j["refused_builtins"])
        self.assertIn("open", j["refused_builtins"])
        self.assertIn("getattr", j["guarded_builtins"])
        self.assertIn("__init__", j["allowed_dunders"])
        self.assertNotIn("__subclasses__", j["allowed_dunders"])
        self.assertIn("gi_frame", j["refused_attributes"])
        self.assertEqual(j["service"]["max_code_chars"], 5000)
        self.assertEqual(j["service"]["memory_bytes"], 128 << 20)
        # What it says is what /check does: a refused builtin is refused, a module
        # it lists is accepted with an attribute it lists.
        bad = self.srv.request("POST", "/check", {"code": "eval('1')"})
        self.assertEqual(bad.json()["ok"], False)
        good = self.srv.request("POST", "/check", {"code": "import math\nprint(math.sqrt(2))"})
        self.assertEqual(good.json()["ok"], True, good.json())

    def test_healthz(self):
        r = self.srv.request("GET", "/healthz")
        self.assertEqual(r.status, 200, r)
        j = r.json()
        self.assertEqual(j["status"], "ok")
        self.assertIs(j["ready"], True)
        self.assertIs(j["engine"]["ok"], True)
        self.assertIs(j["image"]["ok"], True)
        self.assertEqual(j["selftest"]["state"], "passed")
        names = {p["name"]: p for p in j["selftest"]["probes"]}
        self.assertEqual(set(names), {"network_disabled", "readonly_rootfs", "tmp_writable",
                                      "non_root", "memory_limit", "runtime_wall"})
        self.assertIn("armed", names["runtime_wall"]["detail"])
        for p in names.values():
            self.assertIs(p["ok"], True, p)
        self.assertEqual(j["queue"]["concurrency"], 5)
        self.assertEqual(j["queue"]["capacity"], 50)

    def test_healthz_fast_while_busy(self):
        code = {"code": "while True:\n    pass", "timeout": 3}
        with concurrent.futures.ThreadPoolExecutor(6) as ex:
            futs = [ex.submit(self.srv.run, code) for _ in range(6)]
            time.sleep(1.0)
            t0 = time.monotonic()
            r = self.srv.request("GET", "/healthz")
            took = time.monotonic() - t0
            self.assertEqual(r.status, 200)
            self.assertLess(took, 0.5, "healthz took %.3fs while runs were busy" % took)
            m = self.srv.request("GET", "/metrics").text
            self.assertRegex(m, r"safe_exec_runs_in_progress [1-5]\n")
            for f in futs:
                self.assertEqual(f.result().json()["status"], "timeout")

    def test_metrics(self):
        self.srv.run({"code": "print(1)"})
        self.srv.run({"code": "import socket"})
        r = self.srv.request("GET", "/metrics")
        self.assertEqual(r.status, 200)
        self.assertTrue(r.header("Content-Type").startswith("text/plain; version=0.0.4"))
        # A request is counted once its answer is out, a moment after the client has it.
        for _ in range(50):
            if '{route="/run",status="422"}' in r.text:
                break
            time.sleep(0.05)
            r = self.srv.request("GET", "/metrics")
        t = r.text
        for pat in [r'safe_exec_http_requests_total\{route="/run",status="200"\} \d+',
                    r'safe_exec_http_requests_total\{route="/run",status="422"\} \d+',
                    r'safe_exec_runs_total\{outcome="ok"\} \d+',
                    r'safe_exec_runs_total\{outcome="rejected"\} \d+',
                    r'safe_exec_rejections_total\{rule="import"\} \d+',
                    r'safe_exec_run_duration_seconds_bucket\{le="\+Inf"\} \d+',
                    r'safe_exec_run_duration_seconds_count \d+',
                    r'safe_exec_queue_depth \d+', r'safe_exec_pool_size \d+',
                    r'# TYPE safe_exec_run_duration_seconds histogram']:
            self.assertRegex(t, pat)

    # ---- load and abuse -------------------------------------------------------

    def test_twenty_concurrent_clients(self):
        def one(i):
            return i, self.srv.run({"code": "n = %d\nprint(n * n)" % i}, timeout=120)
        with concurrent.futures.ThreadPoolExecutor(20) as ex:
            results = list(ex.map(one, range(20)))
        for i, r in results:
            self.assertEqual(r.status, 200, r)
            self.assertEqual(r.json()["stdout"], "%d\n" % (i * i))

    def test_malformed_burst(self):
        port = self.srv.port
        junk = [
            b"GARBAGE\r\n\r\n",
            b"GET / HTTP/9.9\r\n\r\n",
            b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 70000 + b"\r\n\r\n",
            b"POST /run HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\nzz\r\nnope\r\n",
            b"POST /run HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
            b"Content-Type: application/json\r\n\r\n{\"code\":",
            b"POST /run HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            b"\x00\x01\x02\xff" * 100,
            b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
            b"",
        ]
        errors = []

        def fire(i):
            try:
                raw_exchange(port, junk[i % len(junk)], timeout=3)
            except OSError as e:
                errors.append(e)

        threads = [threading.Thread(target=fire, args=(i,)) for i in range(200)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        # Half-sent requests are left hanging too: the connection timeout frees them.
        r = self.srv.request("GET", "/healthz")
        self.assertEqual(r.status, 200, r)
        j = self.run_json({"code": "print('still here')"})
        self.assertEqual(j["stdout"], "still here\n")


if __name__ == "__main__":
    main()
