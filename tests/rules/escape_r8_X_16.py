# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: cls in a classmethod of a TestLoader subclass: cls.suiteClass is unittest.TestSuite.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


class L(unittest.TestLoader):
    @classmethod
    def go(cls):
        cls.suiteClass.run = fake


L.go()
unittest.TestSuite().run(None)
