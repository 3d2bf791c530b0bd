"""SIGTERM and SIGINT: the server stops accepting, lets the running run finish and
answers it, removes its containers (pool included) and exits 0."""

import concurrent.futures
import signal
import socket
import time
import unittest

from harness import Server, containers_of, main


class Shutdown(unittest.TestCase):
    def stop_during_run(self, sig):
        srv = Server("--pool", "2", "--concurrency", "1", "--queue", "5")
        srv.start()
        try:
            self.assertTrue(containers_of(srv.owner), "the pool should hold containers")
            with concurrent.futures.ThreadPoolExecutor(2) as ex:
                running = ex.submit(srv.run, {"code": "print('hi', flush=True)\n"
                                                      "while True:\n    pass", "timeout": 2})
                time.sleep(0.8)
                waiting = ex.submit(srv.run, {"code": "print(2)"})
                time.sleep(0.3)
                t0 = time.monotonic()
                srv.signal(sig)
                r = running.result(timeout=30)
                self.assertEqual(r.status, 200, r)
                self.assertEqual(r.json()["status"], "timeout")
                self.assertEqual(r.json()["stdout"], "hi\n")
                w = waiting.result(timeout=30)
                self.assertEqual(w.status, 503, w)
                self.assertIn("shutting down", w.json()["error"])
            srv.proc.wait(30)
            self.assertLess(time.monotonic() - t0, 20)
            self.assertEqual(srv.proc.returncode, 0, srv.log())
            with self.assertRaises(OSError):
                socket.create_connection(("127.0.0.1", srv.port), timeout=2).close()
        finally:
            srv.stop()      # fails when any container of this server is left
        self.assertIn("shutting down", srv.log())

    def test_sigterm(self):
        self.stop_during_run(signal.SIGTERM)

    def test_sigint_idle(self):
        srv = Server("--pool", "1")
        srv.start()
        srv.signal(signal.SIGINT)
        srv.proc.wait(30)
        self.assertEqual(srv.proc.returncode, 0, srv.log())
        srv.stop()


if __name__ == "__main__":
    main()
