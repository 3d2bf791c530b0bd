# expect: reject store
# why: a for target over reversed() of a named receiver's copy
# line: 8
import keyword
d = {}
lst = [d]
for a in reversed(lst.copy()):
    a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
