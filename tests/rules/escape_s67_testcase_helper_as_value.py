# expect: reject store
# line: 10
# why: round 97's names-closed TestCase: a helper method no library class names takes only the program's values when TestCase reaches it by name (with no arguments), but handed to the library as a value (addCleanup(self.grow, sys.argv)) it takes what it is handed: a module's list, which the store rule keeps read-only
import sys
import unittest


class T(unittest.TestCase):
    def grow(self, items):
        items.append("--extra")

    def test_a(self):
        self.addCleanup(self.grow, sys.argv)


unittest.main(exit=False, argv=["x"])
