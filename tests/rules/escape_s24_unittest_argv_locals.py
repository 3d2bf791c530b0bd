# expect: reject module_attribute
# line: 24
# why: --locals makes the runner's tracebacks show frames' locals (tb_locals): not among the options allowed
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
prog = unittest.main(argv=["prog", "--locals"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
for line in out.getvalue().splitlines():
    if not line.startswith("Ran "):
        print(line)
print("ran", prog.result.testsRun, "ok", prog.result.wasSuccessful())


class Helper:
    pass
