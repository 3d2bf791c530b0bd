# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: a library-made object handed to a function of the program: loader.suiteClass in the callee.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


def patch(loader):
    loader.suiteClass.run = fake


patch(unittest.TestLoader())
unittest.TestSuite().run(None)
