# expect: reject store
# why: dict.fromkeys(keys, d): every value is the argument
# line: 7
import keyword
d = {}
a = dict.fromkeys([1], d)[1]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
