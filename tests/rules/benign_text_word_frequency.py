# expect: accept
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
for word, count in freq.most_common(5):
    print(f"{word:<8}{count:>3} {'#' * count}")
print(len(words), len(freq))
