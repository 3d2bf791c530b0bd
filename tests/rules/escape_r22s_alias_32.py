# expect: reject store
# why: a method's result through a walrus in a condition: (a := m.copy())[1]
# line: 9
import keyword
d = {}
m = {1: d}
if (c := m.copy()):
    a = c[1]
    a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
