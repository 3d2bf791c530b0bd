# expect: accept
# why: unittest.main() without argv= (the tutorial form): sys.argv is the runner's, read (len, a copy extended) but never written

import sys
import unittest


def parse(words):
    return [w.upper() for w in words]


class TestParse(unittest.TestCase):
    def test_upper(self):
        self.assertEqual(parse(["a", "b"]), ["A", "B"])

    def test_argv_read(self):
        extra = list(sys.argv[1:])
        extra.append("x")
        self.assertEqual(len(extra), len(sys.argv))


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2)
    print("ran", result.result.testsRun)
    unittest.main()
