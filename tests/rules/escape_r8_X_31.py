# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: a library-made object returned by a function of the program.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


def make():
    return unittest.TestLoader()


make().suiteClass.run = fake
unittest.TestSuite().run(None)
