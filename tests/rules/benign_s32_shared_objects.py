# expect: accept
# why: one object under two names (a = d, a parameter and its argument, a shallow copy's items) stored through either: the stores are the program's own values, so both ways of linking accept
import re


def put(bucket, item):
    bucket.append(item)


def add_row(table, row):
    table[len(table) - 1] = row


groups = []
put(groups, [])
put(groups, [])
for word in "a bb ccc".split():
    groups[len(word) % 2].append(word)
matches = []
for line in ["x=1", "y=2"]:
    m = re.match(r"(\w)=(\d)", line)
    if m:
        put(matches, m.group(1))
table = [None]
add_row(table, ["h"])
table[0].append("more")
alias = groups
alias.append(["z"])
groups[2].append("zz")
copy = list(groups)
copy.append([])
copy[0].append("shared")
for i, (left, right) in enumerate(zip(groups, copy)):
    left.append(i)
print(groups, matches, table, copy)
