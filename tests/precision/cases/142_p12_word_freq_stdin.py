# stdin: word frequency from sys.stdin.read()
import sys
import string
from collections import Counter

text = sys.stdin.read()
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
counts = Counter(words)
print("lines:", text.count("\n"), "words:", len(words), "unique:", len(counts))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:<10}{n:>3}")
longest = max(words, key=len)
print("longest word:", longest)
first_line = text.splitlines()[0] if text else ""
print("first line has", len(first_line.split()), "words")
