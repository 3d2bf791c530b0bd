import io
import unittest

def solution(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []

class TwoSumTests(unittest.TestCase):
    def check(self, nums, target, expected):
        self.assertEqual(solution(nums, target), expected)

    def test_basic(self):
        self.check([2, 7, 11, 15], 9, [0, 1])

    def test_middle(self):
        self.check([3, 2, 4], 6, [1, 2])

    def test_none(self):
        self.check([1, 2], 10, [])

    def test_wrong_on_purpose(self):
        self.check([1, 1], 2, [1, 0])

suite = unittest.TestLoader().loadTestsFromTestCase(TwoSumTests)
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=0).run(suite)
total = result.testsRun
failed = len(result.failures) + len(result.errors)
print(f"ran {total}, passed {total - failed}, failed {failed}")
for test, tb in result.failures:
    last = tb.strip().splitlines()[-1]
    print(" -", test.id().split(".")[-1], "->", last)
print("score", round((total - failed) / total * 10, 1), "/ 10")
