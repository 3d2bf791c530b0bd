import unittest

def is_palindrome(s: str) -> bool:
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def word_count(s):
    counts = {}
    for w in s.lower().split():
        w = w.strip(".,!?")
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts

class TestPalindrome(unittest.TestCase):
    def test_simple(self):
        self.assertTrue(is_palindrome("racecar"))

    def test_sentence(self):
        self.assertTrue(is_palindrome("A man, a plan, a canal: Panama"))

    def test_not(self):
        self.assertFalse(is_palindrome("python"))

class TestWordCount(unittest.TestCase):
    def setUp(self):
        self.text = "the cat and the hat. The end!"

    def test_counts(self):
        self.assertEqual(word_count(self.text)["the"], 3)

    def test_missing(self):
        with self.assertRaises(KeyError):
            word_count(self.text)["dog"]

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(word_count("a-b"), {"a": 1, "b": 1})

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

if __name__ == "__main__":
    unittest.main(exit=False, verbosity=2)
    print("done")
