# expect: accept
# why: the honest look-alikes of round 26i: a table of literal rows iterated, copied and concatenated, a test result's lists looped over and only read, a default chosen with `or`, while a thread and a callback take the table
import contextlib
import threading
import unittest

ROWS = [("ann", 3), ("bo", 5), ("cy", 4)]
LIMITS = {"low": 1, "high": 9}


def show(rows):
    print([name for name, _ in rows])


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(len(ROWS), 3)

    def test_bad(self):
        self.assertEqual(LIMITS["low"], 2)


suite = unittest.TestSuite([T("test_ok"), T("test_bad")])
result = unittest.TestResult()
suite.run(result)
for test, trace in result.failures + result.errors:
    print(test.id().rsplit(".", 1)[-1], trace.strip().splitlines()[-1])

best = sorted(ROWS, key=lambda r: r[1])[-1]
picked = [] or ROWS
total = sum(n for _, n in ROWS + [("dee", 1)])
for name, score in ROWS:
    print(name, score, LIMITS["low"] <= score <= LIMITS["high"])
t = threading.Thread(target=show, args=(ROWS,))
t.start()
t.join()
with contextlib.ExitStack() as stack:
    stack.callback(show, list(ROWS))
print(best, len(picked), total)
