# expect: accept
# why: a method's result linked to its receiver at any depth, and a lambda handed to a library call linked to its body, over the program's own containers: copies, views, pops and lambdas' results written, the originals then changed with the program's own values; a library list copied before it is extended; text methods and format on a handler, which answer new text
import functools
import keyword
import logging

kw = keyword.kwlist.copy()
kw.append("spam")
print(len(kw) == len(keyword.kwlist) + 1)

inventory = {"apples": [3], "pears": [5]}
snapshot = inventory.copy()
snapshot["plums"] = [1]
for counts in inventory.values():
    counts.append(0)
name, first = inventory.popitem()
first.append(9)
inventory[name] = first
print(sorted(snapshot), inventory)

line = "a,b,c"
parts = line.split(",")
parts.append("d")
print(parts, line.upper())

rows = [{"n": 2}, {"n": 1}]
rows.sort(key=lambda r: r["n"])
total = functools.reduce(lambda acc, r: acc + r["n"], rows, 0)
doubled = list(map(lambda r: {"n": r["n"] * 2}, rows))
doubled[0]["n"] += 1
print(total, doubled, [len(r) for r in rows.copy()])

codes = {}
for ch in "abc":
    codes[ch] = ord(ch)
codes.pop("a", None)
print(codes)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


h = ListHandler()
log = logging.getLogger("benign_r22s")
log.addHandler(h)
log.propagate = False
log.warning("kept %d", 1)
print(h.records)
