# expect: accept
# unittest with a runner given its options by keyword and a result made directly:
# the buffer stays off.
import io
import unittest


class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)


suite = unittest.TestSuite()
suite.addTest(TestMath("test_add"))
stream = io.StringIO()
result = unittest.TextTestRunner(stream, verbosity=2).run(suite)
print(result.testsRun, result.wasSuccessful())
