import sys
import string
from collections import Counter

counter = Counter()
lines = 0
chars = 0
while True:
    line = sys.stdin.readline()
    if not line:
        break
    lines += 1
    chars += len(line)
    words = line.lower().translate(str.maketrans("", "", string.punctuation)).split()
    counter.update(words)

print(f"lines={lines} chars={chars} words={sum(counter.values())} unique={len(counter)}")
for word, n in counter.most_common(5):
    print(f"{word:<10}{n:>3}")
for line in sys.stdin:
    print("never")
