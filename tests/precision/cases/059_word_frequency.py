# Word frequency of a passage with re and Counter, plus bigrams.
import re
from collections import Counter

PASSAGE = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair."""

STOP = {"it", "was", "the", "of"}
words = re.findall(r"[a-z']+", PASSAGE.lower())
print("total words:", len(words))
counts = Counter(words)
for word, n in counts.most_common(6):
    print(f"{word:>10} {n:3} {'*' * n}")

content = Counter(w for w in words if w not in STOP)
print("content words:", content.most_common(5))
bigrams = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(b) for b, _ in bigrams.most_common(3)])
lengths = Counter(len(w) for w in words)
print("length histogram:", dict(sorted(lengths.items())))
capitalised = re.findall(r"\b[A-Z][a-z]+\b", PASSAGE)
print("capitalised:", capitalised)
sentences = [s.strip() for s in re.split(r"[,.]", PASSAGE) if s.strip()]
print("clauses:", len(sentences), "| last:", sentences[-1])
