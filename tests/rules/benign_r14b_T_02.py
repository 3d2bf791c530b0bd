# expect: accept
# why: fourteenth red team (14b), family T: for loops over tests written in place and over a loaded suite, addTests(a name bound once to a loaded suite)

import io
import unittest


class MathTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)


suite = unittest.TestSuite()
for case in [MathTest("test_add"), MathTest("test_mul")]:
    suite.addTest(case)
loaded = unittest.TestLoader().loadTestsFromTestCase(MathTest)
for test in loaded:
    suite.addTest(test)
suite.addTests(loaded)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(result.testsRun, result.wasSuccessful())
