# expect: reject store
# line: 13
# why: a fixture bound to sys.argv in setUp: what the program stores under the name is what self.items holds
import unittest
import sys


class Checks(unittest.TestCase):
    def setUp(self):
        self.items = sys.argv

    def test_grow(self):
        self.items.append("--pwned")


unittest.main(argv=["x"], exit=False)
print(sys.argv)
