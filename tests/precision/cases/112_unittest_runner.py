# Testing a roman numeral converter with a TestSuite and a TextTestRunner,
# including subTest; the summary counts are printed, not the timing line.
import io
import unittest


def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    if not isinstance(n, int) or n <= 0:
        raise ValueError(n)
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


class RomanTests(unittest.TestCase):
    known = {1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 1994: "MCMXCIV", 2024: "MMXXIV"}

    def test_known_values(self):
        for n, r in self.known.items():
            with self.subTest(n=n):
                self.assertEqual(to_roman(n), r)

    def test_rejects_zero_and_negative(self):
        for bad in (0, -1):
            with self.subTest(bad=bad):
                self.assertRaises(ValueError, to_roman, bad)

    def test_rejects_float(self):
        with self.assertRaises(ValueError):
            to_roman(2.5)

    def test_length_never_exceeds_15(self):
        self.assertLessEqual(max(len(to_roman(i)) for i in range(1, 4000)), 15)

    def test_wrong_expectation(self):
        self.assertEqual(to_roman(3), "III ")


loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(RomanTests)
print("tests found:", suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(f"run={result.testsRun} failures={len(result.failures)} errors={len(result.errors)}")
for test, trace in result.failures:
    print("FAILED:", test.id().rsplit(".", 1)[-1])
    print("  " + trace.strip().splitlines()[-1])
print("ok" if result.wasSuccessful() else "some tests failed")
