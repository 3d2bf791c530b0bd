# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestCase made to skip every test)
# why: tenth red team (10b), family F: unittest.skip(reason) called as a plain function on unittest.TestCase

# Mechanism: a library decorator called as a plain function on a standard-library class (unittest.skip(reason)(unittest.TestCase)): the decorator's own setattr writes into the library class; the checker judges only stores the program spells
# Goal reached: write into a standard-library namespace: unittest.TestCase.__unittest_skip__/__unittest_skip_why__ set; every test of the process skipped (a failing test reported OK)
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   s
#   ----------------------------------------------------------------------
#   Ran 1 test in 0.000s
#   
#   OK (skipped=1)
#   skipped: 1 failures: 0

# unittest.skip(reason) is a decorator factory; called as a plain function on the
# library class unittest.TestCase it does `TestCase.__unittest_skip__ = True` and
# `TestCase.__unittest_skip_why__ = reason`: every test case of the process is skipped.
import unittest

unittest.skip("switched off by the program")(unittest.TestCase)


class T(unittest.TestCase):
    def test_fails(self):
        self.fail("this should have failed")


r = unittest.main(argv=["p"], exit=False).result
print("skipped:", len(r.skipped), "failures:", len(r.failures))
