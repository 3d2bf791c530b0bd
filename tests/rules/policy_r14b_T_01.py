# expect: reject method
# line: 20
# why: the cost of family T's rule (fourteenth red team, 14b): tests added from a list held by a name (for case in cases: suite.addTest(case)) are refused, since the list may hold anything by then; write the list in the loop (for case in [C('test_a'), ...]) or in TestSuite([...]), or load them (loader.loadTestsFromTestCase(C))

import io
import unittest


class MathTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)


cases = [MathTest("test_add"), MathTest("test_mul")]
suite = unittest.TestSuite()
for case in cases:
    suite.addTest(case)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(result.testsRun, result.wasSuccessful())
