# expect: reject unbound
# line: 22
# why: honest17 p38's relaxation lets loadTestsFromTestCase(K) be called more than once,
#   every occurrence of the name still the method of such a call: a loader subclass whose
#   own def of that name reads the library's methods through K with any self stays refused.
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


class L(unittest.TestLoader):
    def loadTestsFromTestCase(self, K):
        return K.countTestCases(self)


loader = L()
print(loader.loadTestsFromTestCase(T))
other = L()
print(other.loadTestsFromTestCase(T))
