# expect: reject store
# why: a comprehension over a named receiver's items()
# line: 8
import keyword
d = {}
m = {1: d}
a = [v for k, v in m.items()][0]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
