# expect: reject store
# why: a method on a call receiver: dict(x=d).popitem()[1]
# line: 6
import keyword
d = {}
a = dict(x=d).popitem()[1]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
