# expect: reject store
# why: map with a lambda returning d
# line: 7
import keyword
d = {}
a = list(map(lambda x: d, [1]))[0]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
