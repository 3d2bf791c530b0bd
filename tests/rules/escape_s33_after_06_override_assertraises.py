# expect: reject store
# line: 17
# why: a TestCase subclass overriding assertRaises passes its first argument to the callable
import sys
import unittest


class T(unittest.TestCase):
    def assertRaises(self, a, f, *rest):
        f(a)

    def runTest(self):
        pass


def grab(x):
    x.append("pwn")


T().assertRaises(sys.argv, grab)
print(sys.argv)
