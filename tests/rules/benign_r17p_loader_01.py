# expect: accept
# why: honest17 p38: a suite built from two TestCase subclasses with the documented
#   loader.loadTestsFromTestCase, run by TextTestRunner into a StringIO.
import io
import unittest


class SlugTests(unittest.TestCase):
    def test_lower(self):
        self.assertEqual("A".lower(), "a")


class MoreTests(unittest.TestCase):
    def test_strip(self):
        self.assertEqual(" a ".strip(), "a")


suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(SlugTests))
suite.addTests(loader.loadTestsFromTestCase(MoreTests))
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print("ran:", result.testsRun, result.wasSuccessful())
