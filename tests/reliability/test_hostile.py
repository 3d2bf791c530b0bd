"""Hostile HTTP and input, beyond tests/http/test_contract.py (which covers the plain
400/413/415/404/405 answers and a burst of malformed requests without looking at
each answer): here each hostile request must be answered with its status or dropped
within a deadline, and the server must answer /healthz after each.

- hundreds of idle connections and byte-by-byte senders while a normal client is
  served with bounded latency;
- a 10 MiB body (Content-Length, and chunked without a length);
- malformed chunked encodings;
- invalid UTF-8, NUL bytes and lone surrogates in `code`;
- JSON nested 100,000 deep, and Python nested past the checker's depth;
- huge header counts; wrong and unknown methods.
"""

import json
import socket
import threading
import time
import unittest

import rel
from rel import OneServer, main

PROMPT = 5.0        # seconds within which a hostile request is answered or dropped


def status_of(reply):
    """The HTTP status of a raw reply, or None when the server closed without one."""
    if not reply:
        return None
    line = reply.split(b"\r\n", 1)[0]
    parts = line.split(b" ")
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
        raise AssertionError("not an HTTP answer: %r" % reply[:200])
    return int(parts[1])


def raw_exchange(port, data, timeout):
    """The harness's, where a server that closes or resets while we still send (it
    refused the request early) has answered too: whatever came back, maybe b""."""
    return rel.raw_exchange(port, data, timeout=timeout, early_close=True)


def body_of(reply):
    return reply.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in reply else b""


def post(path, body, extra=b""):
    return (b"POST " + path + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + extra + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)


class Hostile(OneServer, unittest.TestCase):
    def setUp(self):
        self.assertIsNone(self.srv.proc.poll(), "server died:\n" + self.srv.log()[-3000:])

    def healthy(self):
        r = self.srv.request("GET", "/healthz", timeout=10)
        self.assertEqual(r.status, 200, r)

    def exchange(self, data, allowed, timeout=PROMPT):
        """Sends data; the reply must come (or the connection close) within timeout
        with a status in allowed (None: dropped without an answer)."""
        t0 = time.monotonic()
        reply = raw_exchange(self.srv.port, data, timeout=timeout + 5)
        took = time.monotonic() - t0
        st = status_of(reply)
        self.assertLess(took, timeout, "took %.1f s: %r" % (took, reply[:200]))
        self.assertIn(st, allowed, reply[:300])
        self.healthy()
        return st, reply

    def assert_json_error(self, reply, status, word, needle=""):
        self.assertEqual(status_of(reply), status, reply[:300])
        j = json.loads(body_of(reply))
        self.assertEqual(j["status"], word, j)
        self.assertIn(needle, j["error"])
        return j

    # ---- bodies ----------------------------------------------------------------

    def test_10mib_body_content_length(self):
        """Answered from the headers, while the client is still sending its body."""
        size = 10 << 20
        s = socket.create_connection(("127.0.0.1", self.srv.port), timeout=10)
        t0 = time.monotonic()
        try:
            s.sendall(b"POST /run HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: %d\r\n\r\n" % size)
            sent = 0
            try:
                while sent < size:     # the server may close before we are done
                    s.sendall(b"{" + b" " * 65535)
                    sent += 65536
                    if time.monotonic() - t0 > 2:
                        break
            except OSError:
                pass
            reply = b""
            try:
                while True:
                    c = s.recv(65536)
                    if not c:
                        break
                    reply += c
            except OSError:
                pass
        finally:
            s.close()
        self.assertLess(time.monotonic() - t0, PROMPT)
        self.assert_json_error(reply, 413, "too_large", "request body is %d bytes" % size)
        self.healthy()

    def test_10mib_body_chunked(self):
        """No length to refuse early: read up to 4 x the cap, then dropped."""
        s = socket.create_connection(("127.0.0.1", self.srv.port), timeout=10)
        t0 = time.monotonic()
        dropped = False
        try:
            s.sendall(b"POST /run HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n")
            chunk = b" " * 65536
            for _ in range(160):           # 10 MiB
                try:
                    s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                except OSError:
                    dropped = True
                    break
            try:
                s.sendall(b"0\r\n\r\n")
                reply = s.recv(65536)
            except OSError:
                reply = b""
        finally:
            s.close()
        self.assertLess(time.monotonic() - t0, PROMPT)
        self.assertTrue(dropped or reply == b"" or status_of(reply) == 413, reply[:300])
        self.healthy()

    def test_malformed_chunked(self):
        head = (b"POST /run HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
        cases = [
            b"zz\r\nnope\r\n0\r\n\r\n",                     # size not hex
            b"5\r\n{\"co\r\n0\r\n\r\n",                    # fine: a short body (400)
            b"5\r\n{\"code\": 1}\r\n0\r\n\r\n",              # chunk longer than its size
            b"ffffffffffffffffffff\r\nx\r\n",                # size overflows
            b"-1\r\nx\r\n0\r\n\r\n",                         # negative size
            b"0\r\n" + b"X-Trailer: y\r\n" * 5000 + b"\r\n",  # trailer flood
            b"1\r\n{",                                       # stops mid-body: timeout drops it
        ]
        for body in cases:
            with self.subTest(body=body[:40]):
                self.exchange(head + body, {400, 413, 431, None},
                              timeout=PROMPT if body != b"1\r\n{" else 25)
        # A chunk extension longer than the connection's memory: libmicrohttpd 0.9.75
        # answers with its own 500 page (it cannot tell it from running out of memory)
        # and closes. Wrong word, right effect: refused at once, nothing kept.
        self.exchange(head + b"3;" + b"e" * 70000 + b"\r\nabc\r\n0\r\n\r\n",
                      {400, 413, 431, 500, None})
        # Both Content-Length and chunked: refused, never smuggled.
        # The bytes after it are not read as a second request: one answer, then closed.
        _, reply = self.exchange(b"POST /run HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                 b"application/json\r\nContent-Length: 4\r\nTransfer-"
                                 b"Encoding: chunked\r\n\r\n0\r\n\r\nGET /nope HTTP/1.1\r\n"
                                 b"Host: x\r\n\r\n", {400}, timeout=3)
        self.assertEqual(reply.count(b"HTTP/1.1 "), 1, reply)
        self.assert_json_error(reply, 400, "bad_request", "Transfer-Encoding")

    # ---- what `code` may hold --------------------------------------------------

    def test_hostile_code(self):
        # Bytes that are not UTF-8: 400, named.
        for raw in (b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80"):
            with self.subTest(raw=raw):
                _, reply = self.exchange(post(b"/run", b'{"code": "print(1)' + raw + b'"}'),
                                         {400})
                self.assert_json_error(reply, 400, "bad_request", "UTF-8")
        # A raw NUL or control byte inside a JSON string is not JSON.
        _, reply = self.exchange(post(b"/run", b'{"code": "print(1)\x00"}'), {400})
        self.assert_json_error(reply, 400, "bad_request", "invalid JSON")
        # An escaped NUL is a character like any other: the checker refuses it.
        _, reply = self.exchange(post(b"/run", b'{"code": "print(1)\\u0000"}'), {422})
        j = self.assert_json_error(reply, 422, "rejected")
        self.assertEqual(j["violations"][0]["rule"], "nul_byte", j)
        # Lone surrogates, escaped: not a character, 400.
        for esc in (b"\\ud800", b"\\udfff", b"\\ud800\\u0041", b"\\udc00\\ud800"):
            with self.subTest(esc=esc):
                _, reply = self.exchange(post(b"/run", b'{"code": "x = \'' + esc + b'\'"}'),
                                         {400})
                self.assert_json_error(reply, 400, "bad_request")
        # A proper pair is fine and runs.
        r = self.srv.run({"code": "print('\U0001F600')"})
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json()["stdout"], "\U0001F600\n")
        # The same through /check.
        _, reply = self.exchange(post(b"/check", b'{"code": "\\ud800"}'), {400})

    def test_deep_nesting(self):
        depth = 100_000
        # Balanced, 100,000 deep is 200 KB: over the body cap, 413 before parsing.
        for body in (b"[" * depth + b"]" * depth,
                     b'{"code": "x", "a": ' + b'{"a": ' * depth + b"1" + b"}" * depth + b"}"):
            with self.subTest(body=body[:20]):
                _, reply = self.exchange(post(b"/run", body), {413})
                self.assert_json_error(reply, 413, "too_large", "the limit is")
        # Within the cap: the parser meets 100,000 open brackets and must not recurse
        # into them (jansson stops at its depth limit): 400.
        for body in (b"[" * depth, b'{"code": ' + b"[" * depth,
                     b'{"code": "x", "a": ' + b"[" * (depth - 1) + b"1" + b"]" * 20000,
                     b"[" * 30000 + b"]" * 30000):
            with self.subTest(body=body[:20]):
                _, reply = self.exchange(post(b"/run", body), {400})
                self.assert_json_error(reply, 400, "bad_request")
        # Python nested as deep as the code limit allows: the checker's depth rule.
        code = "x = " + "(" * 2000 + "1" + ")" * 2000
        r = self.srv.request("POST", "/run", {"code": code})
        self.assertEqual(r.status, 422, r)
        self.assertEqual(r.json()["violations"][0]["rule"], "too_deep", r)
        self.healthy()

    # ---- headers and methods ---------------------------------------------------

    def test_header_floods(self):
        many = b"".join(b"X-H%d: v\r\n" % i for i in range(20000))
        self.exchange(b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n",
                      {400, 413, 431, None})
        same = b"Cookie: a=b\r\n" * 20000
        self.exchange(b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + same + b"\r\n",
                      {400, 413, 431, None})
        # Many headers under the cap are fine.
        some = b"".join(b"X-H%d: v\r\n" % i for i in range(100))
        st, _ = self.exchange(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                              + some + b"\r\n", {200})

    def test_methods(self):
        for method in (b"PUT", b"DELETE", b"PATCH", b"TRACE", b"PROPFIND", b"FOO"):
            for path in (b"/run", b"/healthz", b"/"):
                with self.subTest(method=method, path=path):
                    _, reply = self.exchange(method + b" " + path + b" HTTP/1.1\r\nHost: x\r\n"
                                             b"Content-Length: 0\r\nConnection: close\r\n\r\n",
                                             {405})
                    self.assertIn(b"Allow: ", reply)
        # CONNECT has another request-target form; junk tokens are not methods.
        for line in (b"CONNECT 127.0.0.1:80 HTTP/1.1", b"G\x00T / HTTP/1.1",
                     b"GET\t/ HTTP/1.1", b"get /healthz HTTP/1.1"):
            with self.subTest(line=line):
                self.exchange(line + b"\r\nHost: x\r\nConnection: close\r\n\r\n",
                              {400, 404, 405, 501, None})

    # ---- connections -----------------------------------------------------------

    def test_checker_flood(self):
        """Code that makes the parser labour (~0.1 s a check here) sent back to back
        by 4 clients: the checks queue on their workers, and the polling threads go on
        answering everything else at once."""
        junk = {"code": "f(" * 2500}
        stop = threading.Event()
        checks, probes, bad = [], [], []

        def flood():
            while not stop.is_set():
                t0 = time.monotonic()
                r = self.srv.request("POST", "/check", junk, timeout=30)
                checks.append(time.monotonic() - t0)
                if r.status not in (200, 503):
                    bad.append(repr(r)[:200])

        threads = [threading.Thread(target=flood) for _ in range(4)]
        for t in threads:
            t.start()
        try:
            time.sleep(0.5)
            until = time.monotonic() + 4
            while time.monotonic() < until:
                t0 = time.monotonic()
                r = self.srv.request("GET", "/healthz", timeout=30)
                probes.append(time.monotonic() - t0)
                self.assertEqual(r.status, 200, r)
                time.sleep(0.05)
        finally:
            stop.set()
            for t in threads:
                t.join()
        self.assertEqual(bad, [])
        checks.sort()
        probes.sort()
        check50, probe50 = checks[len(checks) // 2], probes[len(probes) // 2]
        print("checker flood: %d checks, p50 %.0f ms; /healthz p50 %.1f ms, max %.0f ms"
              % (len(checks), check50 * 1000, probe50 * 1000, probes[-1] * 1000))
        self.assertLess(probe50, check50 / 5, "/healthz waited behind the checks")
        self.assertLess(probes[-1], 1.0)

    def test_idle_and_slow_connections(self):
        idle, slow = [], []
        port = self.srv.port
        stop = threading.Event()
        lat, bad = [], []
        try:
            for _ in range(300):
                idle.append(socket.create_connection(("127.0.0.1", port), timeout=5))
            req = (b"POST /check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   b"Content-Length: 19\r\n\r\n{\"code\":\"print(1)\"}")
            for _ in range(60):
                slow.append([socket.create_connection(("127.0.0.1", port), timeout=5), 0])

            def trickle():
                """One byte per connection per second: never idle, never done."""
                while not stop.wait(1.0):
                    for item in slow:
                        s, i = item
                        if i < len(req) - 1:
                            try:
                                s.send(req[i:i + 1])
                                item[1] += 1
                            except OSError:
                                item[1] = len(req)   # dropped by the server

            def normal():
                while not stop.is_set():
                    for method, path, body, want in (
                            ("GET", "/healthz", None, 200),
                            ("POST", "/check", {"code": "print(1)"}, 200),
                            ("POST", "/run", {"code": "print(7)"}, 200)):
                        t0 = time.monotonic()
                        try:
                            r = self.srv.request(method, path, body, timeout=30)
                            ok = r.status == want
                        except OSError as e:
                            r, ok = e, False
                        dt = time.monotonic() - t0
                        lat.append((path, dt))
                        if not ok:
                            bad.append((path, repr(r)[:200]))
                    time.sleep(0.2)

            threads = [threading.Thread(target=trickle), threading.Thread(target=normal)]
            for t in threads:
                t.start()
            time.sleep(25)          # past the connection timeout (15 s)
            stop.set()
            for t in threads:
                t.join()
            # The silent ones were dropped after 15 s of silence; the trickling ones
            # after 15 s without a whole request, however busy they kept the line.
            closed = 0
            for s in idle + [s for s, _ in slow]:
                s.setblocking(False)
                try:
                    closed += s.recv(1) == b""
                except BlockingIOError:
                    pass            # still open
                except OSError:
                    closed += 1     # reset
            self.assertEqual(closed, len(idle) + len(slow))
            self.assertIn("dropped", self.srv.log())
        finally:
            stop.set()
            for s in idle:
                s.close()
            for s, _ in slow:
                s.close()
        self.assertEqual(bad, [])
        # Rounds are paced by the run (container start-up on a busy machine): a few
        # are enough, each request in them must have been answered in time.
        for path in ("/healthz", "/check", "/run"):
            self.assertGreaterEqual(sum(q == path for q, _ in lat), 3, lat)
        worst = {p: max(d for q, d in lat if q == p) for p, _ in lat}
        self.assertLess(worst["/healthz"], 2.0, worst)
        self.assertLess(worst["/check"], 2.0, worst)
        self.assertLess(worst["/run"], 15.0, worst)
        self.healthy()


if __name__ == "__main__":
    main()
