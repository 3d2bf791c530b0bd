# A tiny "wc": count lines, words and characters of standard input,
# plus the most common words.
import sys
from collections import Counter

text = sys.stdin.read()
lines = text.splitlines()
words = text.split()
print(f"lines: {len(lines)}")
print(f"words: {len(words)}")
print(f"chars: {len(text)}")

cleaned = [w.strip(".,;:!?\"'()").lower() for w in words]
cleaned = [w for w in cleaned if w]
counts = Counter(cleaned)
print("most common:")
for word, n in counts.most_common(5):
    print(f"  {word:<8} {n}")

longest = max(cleaned, key=lambda w: (len(w), w))
print("longest word:", longest)
print("unique words:", len(counts))
