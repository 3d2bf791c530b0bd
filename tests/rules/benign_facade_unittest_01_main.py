# expect: accept
# why: unittest facade: TestCase classes run by main(argv=[...], exit=False) into a buffer
import io
import unittest


def add(a, b):
    return a + b


class AddTest(unittest.TestCase):
    def setUp(self):
        self.pairs = [(1, 2, 3), (-1, 1, 0)]

    def test_pairs(self):
        for a, b, want in self.pairs:
            with self.subTest(a=a, b=b):
                self.assertEqual(add(a, b), want)

    def test_type_error(self):
        with self.assertRaises(TypeError) as cm:
            add(1, "x")
        self.assertIn("unsupported", str(cm.exception))

    @unittest.skipIf(add(1, 1) == 2, "arithmetic works")
    def test_skipped(self):
        self.fail("not run")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(add(0.1, 0.2), 0.3)


out = io.StringIO()
prog = unittest.main(argv=["tests"], exit=False, verbosity=2,
                     testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
print(prog.result.testsRun, prog.result.wasSuccessful(), len(prog.result.skipped))
print(len(prog.result.expectedFailures), out.getvalue().count(" ... "))
