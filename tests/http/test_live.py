"""Live runs end to end (README "Live runs"): POST /run?stream=1 sends each line as the
program prints it, DELETE /runs/{id} and a dropped connection cancel a run (its
container gone within a second, its slot free), run ids on every answer, unknown
fields refused, X-Truncated in raw mode. Also measures the latency from a print in
the container to its line at the client (median of 20)."""

import json
import socket
import statistics
import threading
import time
import unittest

from harness import Server, containers_of, main

COUNT3 = "import time\nfor i in range(3):\n    print(i)\n    time.sleep(1)"
SLOW = "import time\nfor i in range(60):\n    print(i)\n    time.sleep(0.5)"
ID_CHARS = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def is_run_id(s):
    return isinstance(s, str) and len(s) == 26 and set(s) <= ID_CHARS


class Live(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # Pool off and one run at a time: every container of the server is the run's,
        # and a slot not freed would show as the next run waiting.
        cls.srv = Server("--pool", "0", "--concurrency", "1", "--queue", "4")
        cls.srv.start()

    @classmethod
    def tearDownClass(cls):
        log = cls.srv.log()
        code = cls.srv.stop()
        assert code == 0, "exit code %s\n%s" % (code, log)

    # ---- helpers -------------------------------------------------------------

    def stream(self, payload, path="/run?stream=1", headers=None):
        """Opens a streamed run; returns (connection, response)."""
        conn = self.srv.connect(timeout=60)
        conn.request("POST", path, body=json.dumps(payload),
                     headers={"Content-Type": "application/json", **(headers or {})})
        return conn, conn.getresponse()

    def lines(self, resp):
        """(arrival time, parsed line) for each line until the result."""
        out = []
        while True:
            raw = resp.readline()
            if not raw:
                return out
            self.assertTrue(raw.endswith(b"\n"), raw)
            out.append((time.monotonic(), json.loads(raw)))
            if out[-1][1]["type"] == "result":
                return out

    def wait_no_containers(self, within):
        """True when the server has no container left within `within` seconds."""
        deadline = time.monotonic() + within
        while True:
            if not containers_of(self.srv.owner):
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)

    def settle(self):
        self.assertTrue(self.wait_no_containers(10), "containers of earlier runs left")

    def wait_container(self):
        deadline = time.monotonic() + 30
        while not containers_of(self.srv.owner):
            self.assertLess(time.monotonic(), deadline, "the run never got a container")
            time.sleep(0.05)

    def assert_slot_free(self):
        """With --concurrency 1, a quick run now must not wait behind the old one."""
        t0 = time.monotonic()
        r = self.srv.run({"code": "print('next')"})
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json()["stdout"], "next\n")
        self.assertLess(time.monotonic() - t0, 8, "the cancelled run kept its slot")

    # ---- streaming ------------------------------------------------------------

    def test_stream_arrives_as_printed(self):
        self.settle()
        t0 = time.monotonic()
        conn, resp = self.stream({"code": COUNT3})
        try:
            self.assertEqual(resp.status, 200)
            self.assertEqual(resp.getheader("Content-Type"), "application/x-ndjson")
            self.assertEqual(resp.getheader("Transfer-Encoding"), "chunked")
            rid = resp.getheader("X-Run-Id")
            self.assertTrue(is_run_id(rid), rid)
            got = self.lines(resp)
        finally:
            conn.close()
        kinds = [l["type"] for _, l in got]
        self.assertEqual(kinds, ["stdout", "stdout", "stdout", "result"], got)
        self.assertEqual([l["data"] for _, l in got[:3]], ["0\n", "1\n", "2\n"])
        first, result = got[0][0], got[-1][0]
        # "0" is printed at once, the program ends about 3 s later.
        self.assertGreater(result - first, 1.5, "the first line came with the result")
        self.assertLess(first - t0, 5)
        res = got[-1][1]
        self.assertEqual(res["id"], rid)
        self.assertEqual(res["status"], "ok")
        self.assertEqual(res["stdout"], "0\n1\n2\n")
        self.assertEqual(res["output"], res["stdout"])
        for k in ("exit_code", "stderr", "error", "duration_ms", "cpu_time_ms",
                  "memory_peak_kb", "truncated"):
            self.assertIn(k, res)

    def test_stream_stderr_and_split_characters(self):
        # 60000 bytes of two-byte characters arrive in several reads, some of which
        # end inside a character: each line must still hold whole characters.
        code = ("import time\nfor i in range(6):\n    print('\u00e9' * 5000, flush=True)\n"
                "    time.sleep(0.05)\nprint('\u00e9' * 30000)\n1 / 0")
        conn, resp = self.stream({"code": code})
        try:
            got = [l for _, l in self.lines(resp)]
        finally:
            conn.close()
        outs = [l["data"] for l in got if l["type"] == "stdout"]
        out = "".join(outs)
        err = "".join(l["data"] for l in got if l["type"] == "stderr")
        self.assertGreater(len(outs), 1)
        self.assertNotIn("\ufffd", out)
        self.assertEqual(out, got[-1]["stdout"])
        self.assertTrue(out.startswith("\u00e9" * 5000 + "\n"))
        self.assertIn("ZeroDivisionError", err)
        self.assertEqual(err, got[-1]["stderr"])
        self.assertEqual(got[-1]["status"], "error")
        self.assertEqual(got[-1]["exit_code"], 1)

    def test_stream_caps_and_truncation(self):
        conn, resp = self.stream({"code": "print('x' * 200000)"})
        try:
            got = [l for _, l in self.lines(resp)]
        finally:
            conn.close()
        out = "".join(l["data"] for l in got if l["type"] == "stdout")
        self.assertEqual(len(out), 64 * 1024)        # the per-stream cap, as without stream
        self.assertIs(got[-1]["truncated"], True)
        self.assertEqual(len(got[-1]["stdout"]), 64 * 1024)

    def test_stream_refusals_answer_as_without(self):
        r = self.srv.request("POST", "/run?stream=1", {"code": "import os"})
        self.assertEqual(r.status, 422, r)
        self.assertEqual(r.header("Content-Type"), "application/json")
        j = r.json()
        self.assertEqual(j["status"], "rejected")
        self.assertTrue(is_run_id(j["id"]), j)
        self.assertEqual(r.header("X-Run-Id"), j["id"])
        r = self.srv.request("POST", "/run?stream=1", {"code": "print(1)", "stdn": ""})
        self.assertEqual(r.status, 400, r)
        self.assertIn('unknown field "stdn" (did you mean "stdin"?)', r.json()["error"])

    def test_latency_print_to_client(self):
        """A print inside the container to its line at the client: median of 20."""
        code = ("import time\nfor i in range(20):\n    time.sleep(0.15)\n"
                "    print(repr(time.time()))")
        conn, resp = self.stream({"code": code})
        lat = []
        try:
            while True:
                raw = resp.readline()
                now = time.time()
                line = json.loads(raw)
                if line["type"] == "result":
                    break
                for v in line["data"].split():
                    lat.append((now - float(v)) * 1000)
        finally:
            conn.close()
        self.assertEqual(len(lat), 20)
        med = statistics.median(lat)
        print("\nprint-to-client latency over %d lines: median %.1f ms, min %.1f, max %.1f"
              % (len(lat), med, min(lat), max(lat)))
        self.assertLess(med, 250, lat)

    # ---- cancel ----------------------------------------------------------------

    def test_delete_cancels_stream(self):
        self.settle()
        conn, resp = self.stream({"code": SLOW})
        try:
            rid = resp.getheader("X-Run-Id")
            first = json.loads(resp.readline())
            self.assertEqual(first, {"type": "stdout", "data": "0\n"})
            self.assertTrue(containers_of(self.srv.owner))
            r = self.srv.request("DELETE", "/runs/" + rid)
            t_cancel = time.monotonic()
            self.assertEqual(r.status, 200, r)
            self.assertEqual(r.json(), {"id": rid, "status": "cancelled"})
            got = [l for _, l in self.lines(resp)]
        finally:
            conn.close()
        self.assertTrue(self.wait_no_containers(1.0), "container left 1 s after DELETE")
        self.assertLess(time.monotonic() - t_cancel, 1.5)
        res = got[-1]
        self.assertEqual(res["type"], "result")
        self.assertEqual(res["status"], "cancelled")
        self.assertEqual(res["error"], "Run cancelled")
        self.assertTrue(res["stdout"].startswith("0\n"))
        # Done: no run in progress by that id any more.
        r = self.srv.request("DELETE", "/runs/" + rid)
        self.assertEqual(r.status, 404, r)
        self.assert_slot_free()

    def test_delete_unknown_run(self):
        # A plain run's id arrives with its answer (X-Run-Id comes with the headers of
        # a stream): DELETE is for streams; a plain run is cancelled by hanging up.
        r = self.srv.request("DELETE", "/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV")
        self.assertEqual(r.status, 404, r)
        self.assertEqual(r.json()["status"], "not_found")
        r = self.srv.request("DELETE", "/runs/not-an-id")
        self.assertEqual(r.status, 404, r)
        r = self.srv.request("GET", "/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV")
        self.assertIn(r.status, (403, 404, 405, 200), r)   # GET belongs to the history

    def drop_client(self, path):
        """Starts SLOW at path on a raw socket, reads the headers, then vanishes."""
        body = json.dumps({"code": SLOW}).encode()
        s = socket.create_connection(("127.0.0.1", self.srv.port), timeout=30)
        s.sendall(b"POST " + path + b" HTTP/1.1\r\nHost: x\r\n"
                  b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                  % len(body) + body)
        self.wait_container()
        time.sleep(0.5)
        s.close()
        return time.monotonic()

    def test_dropped_stream_cancels(self):
        self.settle()
        t = self.drop_client(b"/run?stream=1")
        self.assertTrue(self.wait_no_containers(1.0), "container left 1 s after the drop")
        self.assertLess(time.monotonic() - t, 1.5)
        self.assert_slot_free()

    def test_dropped_plain_run_cancels(self):
        self.settle()
        t = self.drop_client(b"/run")
        self.assertTrue(self.wait_no_containers(1.0), "container left 1 s after the drop")
        self.assertLess(time.monotonic() - t, 1.5)
        self.assert_slot_free()

    def test_cancel_needs_the_key(self):
        with Server("--pool", "0", env={"SAFE_EXEC_API_KEY": "k3y"}) as srv:
            r = srv.request("DELETE", "/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV")
            self.assertEqual(r.status, 401, r)
            r = srv.request("DELETE", "/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV",
                            headers={"Authorization": "Bearer k3y"})
            self.assertEqual(r.status, 404, r)

    # ---- ids, raw --------------------------------------------------------------

    def test_ids_and_raw_truncation(self):
        a = self.srv.run({"code": "print(1)"})
        b = self.srv.run({"code": "print(1)"})
        ja, jb = a.json(), b.json()
        self.assertEqual(list(ja)[0], "id")
        self.assertTrue(is_run_id(ja["id"]) and is_run_id(jb["id"]))
        self.assertLess(ja["id"], jb["id"])           # time-ordered
        self.assertEqual(a.header("X-Run-Id"), ja["id"])
        r = self.srv.run({"code": "print('x' * 70000)"}, raw=True)
        self.assertEqual(r.header("X-Truncated"), "true")
        self.assertTrue(is_run_id(r.header("X-Run-Id")))
        r = self.srv.run({"code": "print(2)"}, raw=True)
        self.assertEqual(r.header("X-Truncated"), "false")
        self.assertEqual(r.text, "2\n")
        r = self.srv.request("POST", "/run?raw=1", {"code": "1", "language": "javascript"})
        self.assertEqual(r.status, 400)
        self.assertIn('unknown field "language"', r.text)
        self.assertTrue(is_run_id(r.header("X-Run-Id")))


if __name__ == "__main__":
    main()
