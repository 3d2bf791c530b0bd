# expect: reject store
# why: assertRaises calls the callable with the arguments it is given: a module's list reaches grow's parameter
# line: 9
import keyword
import unittest


def grow(xs):
    xs.append("zz")
    raise ValueError(xs)


class T(unittest.TestCase):
    def test_grow(self):
        self.assertRaises(ValueError, grow, keyword.kwlist)
