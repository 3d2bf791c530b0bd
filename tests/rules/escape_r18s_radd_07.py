# expect: reject attribute
# why: a TestCase's method name with a '+' prefix: the right operand's __radd__
#   names any method of the class, the library's classmethods included
# line: 18
import unittest


class N:
    def __radd__(self, other):
        return "doClassCleanups"


class T(unittest.TestCase):
    def test_a(self):
        pass


T("test_" + N()).run()
