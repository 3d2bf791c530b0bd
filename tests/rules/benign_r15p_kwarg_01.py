# expect: accept
# why: round 15 (issue 13, honest14 p35 after fix15b's thread-run rule): a
#   TextTestRunner writing to sys.stdout, given by keyword, is a new runner: its run
#   is no call on the stream or on a thread the library shares.
import sys
import unittest

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

suite = unittest.TestLoader().loadTestsFromTestCase(T)
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
result = runner.run(suite)
print(result.wasSuccessful())
