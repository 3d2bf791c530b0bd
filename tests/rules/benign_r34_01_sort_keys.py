# expect: accept
# why: look-alike of round 34b: key= of sorted, max and a list display's sort is compared, never handed back, so the results stay the program's
import sys

words = sys.stdin.read().split()
ranked = sorted(words, key=len)
ranked.append("end")
best = max(words, key=len)
pairs = [(w, len(w)) for w in words]
pairs.sort(key=lambda p: (-p[1], p[0]))
pairs.append(("total", len(words)))
print(ranked, best, pairs)
