# expect: accept
# why: an accessor's result over the program's own values stays the program's: d.get(k, 0)
#   counted into, a default list from get or setdefault appended to, a popped item written
import random
import sys

counts = {}
for word in "a b a c".split():
    counts[word] = counts.get(word, 0) + 1
groups = {}
for word in ["x", "y", "x"]:
    groups.setdefault(word, []).append(word)
bucket = groups.get("z", [])
bucket.append("new")
names = ["ann", "bob", "cy"]
rng = random.Random(4)
pick = rng.choice(names)
print(pick, counts, groups, bucket)
row = [[1, 2], [3]].pop()
row.append(4)
key = len(sys.argv)
first = counts.get(key, [])
first.append(1)
print(row, first)
