# expect: accept
# why: tenth red team (10b), family A: map with a conversion or a text method of str, dict from zip or keywords of the program's own values, accumulate without a library function: their results stay the program's to change

import itertools
import keyword
import sys

rows = list(map(str.split, sys.stdin))
for row in rows:
    row.append("!")
nums = list(map(int, sys.argv[1:]))
nums.append(0)
table = dict(zip(keyword.kwlist, range(len(keyword.kwlist))))
table["mine"] = -1
named = dict(first=[1], second=[2])
named["first"].append(3)
running = list(itertools.accumulate([1, 2, 3]))
running.append(running[-1] * 2)
pairs = dict([("a", [1])])
pairs["a"].append(2)
print(rows, nums, table["mine"], named, running, pairs)
