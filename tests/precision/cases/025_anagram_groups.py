# Group anagrams with a defaultdict keyed by sorted letters.
from collections import defaultdict

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
         "dog", "god", "inlets", "banana", "elbow", "below", "state", "taste"]

groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)

for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
    print(f"{key:<8} {groups[key]}")


def is_anagram(a, b):
    counts = defaultdict(int)
    for ch in a.replace(" ", "").lower():
        counts[ch] += 1
    for ch in b.replace(" ", "").lower():
        counts[ch] -= 1
    return all(v == 0 for v in counts.values())


print(is_anagram("Dormitory", "dirty room"))
print(is_anagram("The eyes", "They see"))
print(is_anagram("hello", "world"))
