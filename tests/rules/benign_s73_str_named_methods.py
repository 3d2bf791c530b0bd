# expect: accept
# why: round 105's judgement of defs named like str methods: a word class with pure upper, startswith, find, __iter__ and __contains__, ordered, and a data attribute named count set from a parameter
import functools


@functools.total_ordering
class Word:
    """A word with str-like methods, ordered; counted in a data attribute."""

    def __init__(self, text, count=0):
        self.text = text
        self.count = count

    def upper(self):
        return Word(self.text.swapcase() if self.text.islower() else self.text, self.count)

    def startswith(self, prefix):
        return self.text[:len(prefix)] == prefix

    def find(self, sub):
        for i in range(len(self.text) - len(sub) + 1):
            if self.text[i:i + len(sub)] == sub:
                return i
        return -1

    def __iter__(self):
        return iter(self.text)

    def __contains__(self, ch):
        return ch in self.text

    def __eq__(self, other):
        return self.text == other.text

    def __lt__(self, other):
        return self.text.lower() < other.text.lower()

    def __hash__(self):
        return hash(self.text)


words = [Word(t) for t in "Pear apple Fig apple banana pear".split()]
counts = {}
for w in words:
    counts[w.text.lower()] = counts.get(w.text.lower(), 0) + 1
ranked = [Word(t, n) for t, n in counts.items()]
print(sorted(words)[0].text, max(words).text, words[0].find("ar"), "e" in words[0])
print(words[1].upper().text, words[1].startswith("app"), list(Word("hi")))
print(sorted((w.text, w.count) for w in ranked))
