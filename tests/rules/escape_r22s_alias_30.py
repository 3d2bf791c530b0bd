# expect: reject store
# why: a dict view's mapping attribute: m.values().mapping[1]
# line: 8
import keyword
d = {}
m = {1: d}
a = m.values().mapping[1]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
