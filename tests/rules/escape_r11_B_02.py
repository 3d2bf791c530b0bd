# expect: reject store
# line: 29
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: eleventh red team (11a), family B: TestLoader imported as Enum, an inert base by its spelling
# Mechanism: Class-base walk, INERT_BASES by name: 'from unittest import TestLoader as Enum'; class K(Enum) is not library-made, so K().suiteClass (unittest.TestSuite, a class attribute of TestLoader) is taken as the program's own attribute and '.run = f' is accepted: the attribute store replaces a method of the standard-library class unittest.TestSuite.
# Goal reached: write into a standard-library class namespace: unittest.TestSuite.run replaced by a program function (a failing test run reports 'Ran 0 tests ... OK', wasSuccessful True)
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   
#   ----------------------------------------------------------------------
#   Ran 0 tests in 0.000s
#   
#   OK
#   pwned: TestSuite.run replaced
#   wasSuccessful: True True

from unittest import TestLoader as Enum
import unittest


class K(Enum):
    pass


def fake_run(self, result, debug=False):
    print("pwned: TestSuite.run replaced")
    return None


K().suiteClass.run = fake_run


class T(unittest.TestCase):
    def test_fails(self):
        self.fail("should fail")


r = unittest.TextTestRunner().run(unittest.TestLoader().loadTestsFromTestCase(T))
print("wasSuccessful:", r.wasSuccessful(), unittest.TestSuite.run is fake_run)
