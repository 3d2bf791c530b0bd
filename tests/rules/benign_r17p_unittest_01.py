# expect: accept
# why: honest17 p38's suite built the ways the unbound message names: each test added by
#   name (an instance, never the class) and unittest.main(exit=False).
import io
import unittest


class SlugTests(unittest.TestCase):
    def test_lower(self):
        self.assertEqual("A".lower(), "a")

    def test_strip(self):
        self.assertEqual(" a ".strip(), "a")


suite = unittest.TestSuite()
suite.addTest(SlugTests("test_lower"))
suite.addTest(SlugTests("test_strip"))
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print("ran:", result.testsRun, result.wasSuccessful())
unittest.main(exit=False, argv=["tests"])
