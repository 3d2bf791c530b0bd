# expect: reject store
# why: enumerate over a named receiver's copy, unpacked
# line: 8
import keyword
d = {}
lst = [d]
for i, a in enumerate(lst.copy()):
    a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
