# expect: accept
# Data attributes set on library objects, and attributes named like library
# methods set on the program's own objects and on self of a library subclass,
# stay allowed: only a library object's method names are refused.
import argparse
import json
import threading
import unittest


class Counter:
    def __init__(self):
        self.count = 0
        self.items = []
        self.clear = False


parser = argparse.ArgumentParser(prog="demo")
parser.prog = "tool"
args = parser.parse_args([])
args.verbose = True
enc = json.JSONEncoder(indent=2)
enc.indent = 4
worker = threading.Thread(target=print, args=("done",))
worker.name = "printer"
worker.daemon = True
c = Counter()
c.count += 1


class StackTest(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2]
        self.count = 2

    def test_len(self):
        self.assertEqual(len(self.items), self.count)


worker.start()
worker.join()
print(parser.prog, args.verbose, enc.encode({"a": 1}), worker.name, c.count, c.items)
unittest.main(argv=["x"], exit=False)
