# expect: reject store
# why: functools.reduce with a lambda returning d
# line: 7
import keyword, functools
d = {}
a = functools.reduce(lambda x, y: d, [1, 2])
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
