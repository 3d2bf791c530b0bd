# expect: accept
# why: honest75 p19: a generator expression handed to collections.Counter is read whole by the call that made it, as list() reads one, so it never outlives it; iteration stays closed and __str__ may iterate its own words
"""Text statistics exercise: word frequencies, n-grams and readability."""
import collections
import re
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


class TextStats:
    VOWELS = set("aeiouy")

    def __init__(self, text):
        self.text = text
        self.words = re.findall(r"[a-z']+", text.lower())
        self.sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]

    @staticmethod
    def syllables(word):
        word = word.strip(string.punctuation)
        groups = re.findall(r"[aeiouy]+", word)
        count = len(groups)
        if word.endswith("e") and count > 1:
            count -= 1
        return max(count, 1)

    @property
    def frequencies(self):
        return collections.Counter(self.words)

    def ngrams(self, n):
        return collections.Counter(zip(*(self.words[i:] for i in range(n))))

    @property
    def flesch(self):
        w = len(self.words)
        s = max(len(self.sentences), 1)
        syl = sum(self.syllables(x) for x in self.words)
        return 206.835 - 1.015 * (w / s) - 84.6 * (syl / w)

    def __str__(self):
        return (f"{len(self.words)} words, {len(set(self.words))} unique, "
                f"{len(self.sentences)} sentence(s)")


def main():
    ts = TextStats(TEXT)
    print(ts)
    print("top words:")
    for word, n in ts.frequencies.most_common(5):
        print(f"  {word:<8}{n:>3} {'*' * n}")
    print("top bigrams:", [" ".join(g) for g, _ in ts.ngrams(2).most_common(3)])
    print("top trigram:", " ".join(ts.ngrams(3).most_common(1)[0][0]))
    for w in ("wisdom", "incredulity", "age", "despair", "the"):
        print(f"  syllables({w}) = {TextStats.syllables(w)}")
    print(f"Flesch reading ease: {ts.flesch:.1f}")
    lengths = collections.Counter(len(w) for w in ts.words)
    print("word length histogram:")
    for length in sorted(lengths):
        print(f"  {length:>2} {'#' * lengths[length]}")


if __name__ == "__main__":
    main()
