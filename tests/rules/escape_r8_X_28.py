# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: a class statement under a decorator of the program's, which binds its name to unittest.TestLoader: its calls are library-made.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


def swap(c):
    return unittest.TestLoader


@swap
class L:
    pass


L().suiteClass.run = fake
unittest.TestSuite().run(None)
