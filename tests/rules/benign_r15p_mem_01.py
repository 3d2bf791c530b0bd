# expect: accept
# why: round 15 (issue 13, honest14b p13): a grader's first unittest file, a
#   palindrome check by `[::-1]` and a word count keyed by the words of a split,
#   with TestCase subclasses: unittest.TestCase hands no subscript's key to the
#   program, so the program holds no slice with a step as a value.
import unittest

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def word_count(s):
    counts = {}
    for w in s.lower().split():
        w = w.strip(".,!?")
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts

class TestText(unittest.TestCase):
    def test_palindrome(self):
        self.assertTrue(is_palindrome("A man, a plan, a canal: Panama"))
    def test_counts(self):
        self.assertEqual(word_count("the cat and the hat")["the"], 2)

unittest.main(argv=["t"], exit=False)
