# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: super() in a method of a TestLoader subclass: super().suiteClass is unittest.TestSuite.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


class L(unittest.TestLoader):
    def go(self):
        super().suiteClass.run = fake


L().go()
unittest.TestSuite().run(None)
