# expect: reject class
# line: 20
# why: self in a mixin written M[int] beside unittest.TextTestRunner: self.resultclass is unittest.TextTestResult, whose method it replaces (round 60)
import typing
import unittest

T = typing.TypeVar("T")


def shout(self, test):
    print("HIJACKED startTest", test)


class M(typing.Generic[T]):
    def poison(self):
        k = self.resultclass
        k.startTest = shout


class R(M[int], unittest.TextTestRunner):
    pass


class Case(unittest.TestCase):
    def test_x(self):
        self.assertTrue(True)


R().poison()
unittest.TextTestRunner().run(unittest.TestSuite([Case("test_x")]))
