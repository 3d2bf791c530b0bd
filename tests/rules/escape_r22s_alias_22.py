# expect: reject store
# why: zip over a named receiver's copy, unpacked in a for target
# line: 8
import keyword
d = {}
lst = [d]
for (a,) in zip(lst.copy()):
    a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
