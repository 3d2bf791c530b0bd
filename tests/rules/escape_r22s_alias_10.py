# expect: reject store
# why: dict.popitem() on a named receiver, item read
# line: 8
import keyword
d = {}
b = {"x": d}
a = b.popitem()[1]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
