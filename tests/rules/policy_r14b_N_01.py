# expect: reject attribute
# line: 18
# why: the cost of family N's rule (fourteenth red team, 14b): TestCase method names from a comprehension over a list (MathTest(n) for n in names) are looked up by getattr unjudged; write them out, loop over literal names in a for statement, or use a letter prefix

import io
import unittest


class MathTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)


names = ["test_add", "test_mul"]
suite = unittest.TestSuite([MathTest(n) for n in names])
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(result.testsRun, result.wasSuccessful())
