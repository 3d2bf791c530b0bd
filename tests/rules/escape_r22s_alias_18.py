# expect: reject store
# why: next(iter(m.values())): a method's result as an argument
# line: 8
import keyword
d = {}
m = {1: d}
a = next(iter(m.values()))
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
