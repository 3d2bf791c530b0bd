# expect: accept
# why: 16b family A: own_instance_attr still applies beside argparse option strings and dest= written out, an f-string help, and logging extra= with literal keys
import argparse
import logging
import sys
import unittest

class Stack:
    def __init__(self):
        self._d = []
    def push(self, x):
        self._d.append(x)
    def pop(self):
        if not self._d:
            raise IndexError("empty stack")
        return self._d.pop()

class StackTests(unittest.TestCase):
    def setUp(self):
        self.st = Stack()
    def test_empty(self):
        self.assertRaises(IndexError, self.st.pop)
    def test_push_pop(self):
        self.st.push(1)
        take = self.st.pop
        self.assertEqual(take(), 1)

limit = 3
parser = argparse.ArgumentParser(description="stack demo")
parser.add_argument("--max-items", type=int, default=limit, help=f"at most {limit} items")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("-o", dest="out_name", default="report\x2etxt")
args = parser.parse_args(["--max-items", "2"])
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(user)s %(message)s")
log = logging.getLogger("demo")
log.warning("starting\tnow", extra={"user": "ana"})
suite = unittest.TestLoader().loadTestsFromTestCase(StackTests)
result = unittest.TextTestRunner(stream=sys.stdout, verbosity=0).run(suite)
print(result.wasSuccessful(), result.testsRun, args.max_items, args.verbose, args.out_name)
