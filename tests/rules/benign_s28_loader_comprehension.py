# expect: accept
# why: session 28 (honest25 p50, honest27 p50): loadTestsFromTestCase(case) for case in (A, B), a comprehension's loop over the program's test classes, is followed as the for statement's is; @unittest.expectedFailure marks the def and hands it back, so the def does not escape
import io
import unittest


def checksum(digits):
    return sum(int(d) * (i + 1) for i, d in enumerate(digits)) % 11


class Tally:
    def __init__(self):
        self.seen = {}

    def add(self, key, n=1):
        self.seen[key] = self.seen.get(key, 0) + n


class TestChecksum(unittest.TestCase):
    def test_zero(self):
        self.assertEqual(checksum("0000"), 0)

    @unittest.expectedFailure
    def test_known_wrong(self):
        self.assertEqual(checksum("1"), 2)


class TestTally(unittest.TestCase):
    def setUp(self):
        self.tally = Tally()
        self.tally.add("x")

    def test_counts(self):
        self.tally.add("x", 2)
        self.assertEqual(self.tally.seen["x"], 3)


if __name__ == "__main__":
    buf = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(case) for case in (TestChecksum, TestTally))
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(result.testsRun, len(result.failures), len(result.expectedFailures))
