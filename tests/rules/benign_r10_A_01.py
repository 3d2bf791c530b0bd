# expect: accept
# why: tenth red team (10b), family A: copies and new values built by the library from module data (list, copy(), sorted, deepcopy, deque, nlargest, json round trip, csv rows, re.findall, Counter, sum of lists) stay changeable

import collections
import copy
import csv
import heapq
import itertools
import json
import keyword
import re
import sys

words = list(keyword.kwlist)
words.append("mine")
mine = keyword.kwlist.copy()
mine.append("also mine")
order = sorted(sys.argv[1:])
order.append("x")
deep = copy.deepcopy(keyword.softkwlist)
deep.append("y")
q = collections.deque(keyword.kwlist)
q.append("z")
top = heapq.nlargest(3, keyword.kwlist)
top.append("w")
back = json.loads(json.dumps(keyword.kwlist))
back.append("v")
rows = []
for row in itertools.islice(csv.reader(sys.stdin), 1, None):
    row.append("e")
    rows.append(row)
found = re.findall(r"\w+", " ".join(sys.argv[1:] + ["a b"]))
found.append("u")
counts = collections.Counter(keyword.kwlist)
counts["new"] += 1
total = sum([[1], [2]], [])
total.append(3)
print(len(words), len(mine), order, len(deep), len(q), top, len(back), rows, found, counts["new"], total)
