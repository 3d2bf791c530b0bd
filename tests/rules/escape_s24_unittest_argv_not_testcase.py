# expect: reject module_attribute
# line: 24
# why: a test name naming a class of the program that derives from no TestCase: the loader would call it
import io
import sys
import unittest
from unittest import TestCase


class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)


class TestText(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")


out = io.StringIO()
prog = unittest.main(argv=["prog", "Helper"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
for line in out.getvalue().splitlines():
    if not line.startswith("Ran "):
        print(line)
print("ran", prog.result.testsRun, "ok", prog.result.wasSuccessful())


class Helper:
    pass
