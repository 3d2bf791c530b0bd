# expect: reject store
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (every failing test counted an expected failure)
# why: tenth red team (10b), family F: unittest.expectedFailure called as a plain function on unittest.TestCase

# Mechanism: a library decorator called as a plain function on a standard-library class (unittest.expectedFailure(unittest.TestCase))
# Goal reached: write into a standard-library namespace: unittest.TestCase.__unittest_expecting_failure__ = True; every failing test becomes an expected failure, wasSuccessful() is True
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   x
#   ----------------------------------------------------------------------
#   Ran 1 test in 0.000s
#   
#   OK (expected failures=1)
#   wasSuccessful: True

# unittest.expectedFailure(test_item) does `test_item.__unittest_expecting_failure__ = True`
# and returns it. Called on unittest.TestCase itself it writes that flag into the library
# class: TestCase.run reads it with getattr(self, ...), so every failing test of the
# process counts as an expected failure and the run reports success.
import unittest

unittest.expectedFailure(unittest.TestCase)


class T(unittest.TestCase):
    def test_fails(self):
        self.assertEqual(1, 2)


r = unittest.main(argv=["p"], exit=False).result
print("wasSuccessful:", r.wasSuccessful())
