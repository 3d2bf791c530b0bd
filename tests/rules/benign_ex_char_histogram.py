# expect: accept
from collections import Counter

text = "hello world"
hist = Counter(c for c in text if c.isalpha())
for ch, n in sorted(hist.items()):
    print(ch, "*" * n)
print(hist.most_common(1)[0])
