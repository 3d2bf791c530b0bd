# expect: reject unbound
# line: 20
# why: honest17 p38's relaxation: two loader calls, but the name is also bound by an
#   attribute store (a function of the program replaces the loader's method and receives
#   the class): every occurrence must be the method of a call.
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


def grab(K):
    return K.countTestCases(unittest.TestLoader())


loader = unittest.TestLoader()
loader.loadTestsFromTestCase = grab
print(loader.loadTestsFromTestCase(T))
print(loader.loadTestsFromTestCase(T))
