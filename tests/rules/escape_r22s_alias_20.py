# expect: reject store
# why: sorted() of a named receiver's values
# line: 8
import keyword
d = {}
m = {1: d}
a = sorted(m.values(), key=len)[0]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
