# expect: reject store
# why: list(m.items())[0][1]: a builtin over a named receiver's view
# line: 8
import keyword
d = {}
m = {1: d}
a = list(m.items())[0][1]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
