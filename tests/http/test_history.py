"""History and share links over real HTTP, on the back end SAFE_EXEC_TEST_BACKEND names:
sqlite (a data directory per test) or postgresql (a cluster this test starts itself,
tests/store/pgcluster.py, stopped and removed at the end)."""

import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unittest

from harness import BIN, Server, main

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "store"))
import pgcluster  # noqa: E402

BACKEND = os.environ.get("SAFE_EXEC_TEST_BACKEND", "sqlite")
KEY = "history-test-key"
PG = None


def setUpModule():
    global PG
    if BACKEND == "postgresql":
        PG = pgcluster.Cluster().__enter__()


def tearDownModule():
    if PG:
        PG.__exit__()


class Store:
    """Where a test's servers keep their history: one data directory, or the cluster
    (each test its own database, so tests do not see each other's rows)."""
    count = 0

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="safe-exec-history-")
        self.data = os.path.join(self.dir, "data")
        self.db = None
        if PG:
            Store.count += 1
            name = "t%d" % Store.count
            PG.psql("CREATE DATABASE %s" % name)
            self.db = PG.url.rsplit("/", 1)[0] + "/" + name

    def args(self):
        return ["--db", self.db] if self.db else ["--data-dir", self.data]

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def auth(key=KEY):
    return {"Authorization": "Bearer " + key}


def metric(srv, name):
    text = srv.request("GET", "/metrics").text
    m = re.search(r"^%s (\d+)" % re.escape(name), text, re.M)
    return int(m.group(1)) if m else None


def wait_recorded(srv, n, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = metric(srv, 'safe_exec_history_rows_total{result="recorded"}')
        if got is not None and got >= n:
            return got
        time.sleep(0.05)
    raise AssertionError("not %d runs recorded in %ss: %s" % (n, timeout, got))


class History(unittest.TestCase):
    def setUp(self):
        self.store = Store()

    def tearDown(self):
        self.store.close()

    def server(self, *args, key=KEY, **kw):
        env = {"SAFE_EXEC_API_KEY": key} if key else {}
        return Server("--pool", "1", *self.store.args(), *args, env=env, **kw)

    def test_share_contract(self):
        with self.server() as srv:
            prog = {"code": "print(input() * 2)", "stdin": "ab"}
            r = srv.request("POST", "/share", prog, auth())
            self.assertEqual(r.status, 201, r)
            body = r.json()
            sid = body["id"]
            self.assertRegex(sid, r"^[A-Za-z0-9_-]{10,}$")
            self.assertEqual(body["url"], "/s/" + sid)
            self.assertEqual(body["check"], {"ok": True, "violations": []})
            # Content-derived: the same program, the same id; another stdin, another id.
            self.assertEqual(srv.request("POST", "/share", prog, auth()).json()["id"], sid)
            self.assertEqual(srv.request("POST", "/share", dict(prog, language="python"),
                                         auth()).json()["id"], sid)
            other = srv.request("POST", "/share", dict(prog, stdin="cd"), auth()).json()["id"]
            self.assertNotEqual(other, sid)
            g = srv.request("GET", "/share/" + sid)
            self.assertEqual(g.status, 200, g)
            self.assertEqual(g.json(), {"id": sid, "code": prog["code"], "language": "python",
                                        "stdin": "ab"})
            page = srv.request("GET", "/s/" + sid)
            self.assertEqual(page.status, 200, page)
            self.assertIn("text/html", page.header("Content-Type"))
            for path in ("/share/", "/s/"):
                self.assertEqual(srv.request("GET", path + "AAAAAAAAAAAAAAAA").status, 404)
                self.assertEqual(srv.request("GET", path + "no/such").status, 404)
            # A program the checker rejects is shared, with its verdict.
            bad = srv.request("POST", "/share", {"code": "import os"}, auth())
            self.assertEqual(bad.status, 201, bad)
            self.assertFalse(bad.json()["check"]["ok"])
            self.assertEqual(bad.json()["check"]["violations"][0]["rule"], "import")
            # Checked like /run on the way in.
            self.assertEqual(srv.request("POST", "/share", {"code": "x"}).status, 401)
            self.assertEqual(srv.request("POST", "/share", {"stdin": "x"}, auth()).status, 400)
            self.assertEqual(srv.request("POST", "/share", {"code": "x" * 5001}, auth()).status,
                             413)
            lang = srv.request("POST", "/share", {"code": "1", "language": "cobol"}, auth())
            self.assertEqual(lang.status, 400, lang)
            self.assertIn("language", lang.json()["error"])

    def test_history_per_key(self):
        with self.server() as srv:
            codes = ["print(%d)\nprint('second line')" % i for i in range(3)]
            for c in codes:
                self.assertEqual(srv.run({"code": c}, headers=auth()).status, 200)
            self.assertEqual(srv.run({"code": "print(1/0)", "stdin": "in"}, raw=True,
                                     headers=auth()).status, 200)
            wait_recorded(srv, 4)
            r = srv.request("GET", "/runs", headers=auth())
            self.assertEqual(r.status, 200, r)
            runs = r.json()["runs"]
            self.assertEqual(len(runs), 4)
            self.assertEqual([x["first_line"] for x in runs],
                             ["print(1/0)", "print(2)", "print(1)", "print(0)"])
            self.assertEqual(sorted(runs[0]), ["duration_ms", "exit_code", "first_line", "id",
                                               "language", "status", "time"])
            self.assertEqual((runs[0]["status"], runs[0]["exit_code"]), ("error", 1))
            self.assertRegex(runs[0]["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
            self.assertEqual([x["id"] for x in runs], sorted((x["id"] for x in runs),
                                                             reverse=True))
            # One in full: the program and the answer's fields (raw runs too).
            full = srv.request("GET", "/runs/" + runs[0]["id"], headers=auth()).json()
            self.assertEqual(full["code"], "print(1/0)")
            self.assertEqual(full["stdin"], "in")
            self.assertEqual(full["status"], "error")
            self.assertIn("ZeroDivisionError", full["stderr"])
            self.assertEqual(srv.request("GET", "/runs/" + runs[1]["id"], headers=auth())
                             .json()["stdout"], "2\nsecond line\n")
            # Paging: limit, then before=<the last id>.
            p1 = srv.request("GET", "/runs?limit=3", headers=auth()).json()
            self.assertEqual([x["id"] for x in p1["runs"]], [x["id"] for x in runs[:3]])
            self.assertEqual(p1["next"], runs[2]["id"])
            p2 = srv.request("GET", "/runs?limit=3&before=" + p1["next"], headers=auth()).json()
            self.assertEqual([x["id"] for x in p2["runs"]], [runs[3]["id"]])
            self.assertIsNone(p2["next"])
            for q in ("limit=0", "limit=201", "limit=x", "before=nope"):
                self.assertEqual(srv.request("GET", "/runs?" + q, headers=auth()).status, 400, q)
            self.assertEqual(srv.request("GET", "/runs").status, 401)
            self.assertEqual(srv.request("GET", "/runs/" + runs[0]["id"]).status, 401)
            self.assertEqual(srv.request("GET", "/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV",
                                         headers=auth()).status, 404)
            # The key itself is stored nowhere.
            if not PG:
                with open(os.path.join(self.store.data, "history.db"), "rb") as f:
                    raw = f.read()
                self.assertNotIn(KEY.encode(), raw)
        # Another key on the same store sees none of them.
        with self.server(key="another-key") as other:
            self.assertEqual(other.request("GET", "/runs", headers=auth("another-key"))
                             .json()["runs"], [])
            self.assertEqual(other.request("GET", "/runs/" + runs[0]["id"],
                                           headers=auth("another-key")).status, 404)

    def test_without_keys(self):
        with self.server(key=None) as srv:
            self.assertEqual(srv.run({"code": "print(5)"}).status, 200)
            wait_recorded(srv, 1)
            r = srv.request("GET", "/runs")
            self.assertEqual(r.status, 403, r)
            self.assertIn("--history shared", r.json()["error"])
        with self.server("--history", "shared", key=None) as srv:
            runs = srv.request("GET", "/runs").json()["runs"]
            self.assertEqual([x["first_line"] for x in runs], ["print(5)"])
        with self.server("--history", "off", key=None) as srv:
            self.assertEqual(srv.run({"code": "print(6)"}).status, 200)
            self.assertEqual(srv.request("GET", "/runs").status, 404)
            self.assertEqual(metric(srv, 'safe_exec_history_rows_total{result="recorded"}'), 0)
            # Shares do not depend on the history.
            self.assertEqual(srv.request("POST", "/share", {"code": "print(6)"}).status, 201)

    def test_restart_and_two_servers(self):
        with self.server() as a, self.server() as b:
            sid = a.request("POST", "/share", {"code": "print('from a')"}, auth()).json()["id"]
            got = b.request("GET", "/share/" + sid)
            self.assertEqual(got.status, 200, got)
            self.assertEqual(got.json()["code"], "print('from a')")
            self.assertEqual(b.request("GET", "/s/" + sid).status, 200)
            self.assertEqual(a.run({"code": "print('ran on a')"}, headers=auth()).status, 200)
            wait_recorded(a, 1)
            self.assertEqual([x["first_line"] for x in
                              b.request("GET", "/runs", headers=auth()).json()["runs"]],
                             ["print('ran on a')"])
        with self.server() as again:
            self.assertEqual(again.request("GET", "/share/" + sid).json()["code"],
                             "print('from a')")
            self.assertEqual(len(again.request("GET", "/runs", headers=auth()).json()["runs"]),
                             1)

    def test_retention(self):
        with self.server() as srv:
            for i in range(3):
                self.assertEqual(srv.run({"code": "print(%d)" % i}, headers=auth()).status, 200)
            wait_recorded(srv, 3)
        # The writer prunes at start: a cap of 2 keeps the two newest.
        with self.server("--history-rows", "2") as srv:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                runs = srv.request("GET", "/runs", headers=auth()).json()["runs"]
                if len(runs) == 2:
                    break
                time.sleep(0.1)
            self.assertEqual([x["first_line"] for x in runs], ["print(2)", "print(1)"])
            self.assertEqual(metric(srv, 'safe_exec_history_rows_total{result="pruned"}'), 1)
        time.sleep(1.0)
        # Kept 0.00001 days (0.86 s): both are older than that now.
        with self.server("--history-days", "0.00001") as srv:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                runs = srv.request("GET", "/runs", headers=auth()).json()["runs"]
                if not runs:
                    break
                time.sleep(0.1)
            self.assertEqual(runs, [])


class Failures(unittest.TestCase):
    """The store failing never fails or delays a run: answered, row dropped, counted."""

    def setUp(self):
        self.store = Store()

    def tearDown(self):
        self.store.close()

    def timed_runs(self, srv, n):
        """The median latency of n runs, each checked."""
        took = []
        for i in range(n):
            t = time.monotonic()
            r = srv.run({"code": "print(%d)" % i}, headers=auth())
            took.append(time.monotonic() - t)
            self.assertEqual(r.status, 200, r)
            self.assertEqual(r.json()["stdout"], "%d\n" % i)
        return statistics.median(took)

    def check_degraded(self, srv, dropped_before):
        dropped = metric(srv, 'safe_exec_history_rows_total{result="dropped"}')
        self.assertGreater(dropped, dropped_before)
        h = srv.request("GET", "/healthz")
        self.assertEqual(h.status, 200, h)          # still ready
        store = h.json()["store"]
        self.assertFalse(store["ok"], store)
        self.assertTrue(store["error"], store)
        self.assertEqual(metric(srv, "safe_exec_store_up"), 0)

    @unittest.skipIf(BACKEND != "sqlite", "an SQLite file")
    def test_sqlite_locked(self):
        with Server("--pool", "2", *self.store.args(), env={"SAFE_EXEC_API_KEY": KEY}) as srv:
            self.timed_runs(srv, 1)
            wait_recorded(srv, 1)
            # Another process holds the database's write lock.
            holder = sqlite3.connect(os.path.join(self.store.data, "history.db"),
                                     isolation_level=None)
            holder.execute("BEGIN EXCLUSIVE")
            try:
                median = self.timed_runs(srv, 8)
                time.sleep(1.5)       # the writer's bounded wait for the lock
                self.check_degraded(srv, 0)
                # No run waited for the lock (the writer waits up to 1 s for it).
                self.assertLess(median, 0.9, median)
            finally:
                holder.execute("ROLLBACK")
                holder.close()
            # Released: recording resumes after the writer's back-off.
            time.sleep(1.2)
            before = metric(srv, 'safe_exec_history_rows_total{result="recorded"}')
            self.timed_runs(srv, 1)
            wait_recorded(srv, before + 1)

    @unittest.skipIf(BACKEND != "postgresql", "a PostgreSQL server")
    def test_postgresql_stopped_mid_load(self):
        with Server("--pool", "2", *self.store.args(), env={"SAFE_EXEC_API_KEY": KEY}) as srv:
            self.timed_runs(srv, 3)
            wait_recorded(srv, 3)
            PG.stop()
            try:
                median = self.timed_runs(srv, 10)
                time.sleep(0.5)
                self.check_degraded(srv, 0)
                self.assertLess(median, 0.9, median)
                # Reads fail cleanly while it is down.
                r = srv.request("GET", "/runs", headers=auth())
                self.assertEqual(r.status, 503, r)
            finally:
                PG.start()
            time.sleep(1.2)
            before = metric(srv, 'safe_exec_history_rows_total{result="recorded"}')
            self.timed_runs(srv, 1)
            wait_recorded(srv, before + 1)
            self.assertEqual(srv.request("GET", "/runs", headers=auth()).status, 200)

    @unittest.skipIf(BACKEND != "sqlite", "an SQLite file")
    def test_foreign_file_stops_start(self):
        os.makedirs(self.store.data)
        path = os.path.join(self.store.data, "history.db")
        for content in (b"my notes, not a database\n",
                        b"SQLite format 3\0" + b"\x5a" * 8176):
            with open(path, "wb") as f:
                f.write(content)
            p = subprocess.run([BIN, "--port", "0", "--data-dir", self.store.data],
                               capture_output=True, text=True, timeout=60)
            self.assertNotEqual(p.returncode, 0)
            self.assertIn("history.db", p.stderr)
            self.assertNotIn("listening on", p.stderr)
            with open(path, "rb") as f:
                self.assertEqual(f.read(), content)


if __name__ == "__main__":
    main()
