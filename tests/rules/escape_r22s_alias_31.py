# expect: reject store
# why: a lambda bound to a name handed to a library caller (operator.call(f))
# line: 8
import keyword, operator
d = {}
f = lambda: d
a = operator.call(f)
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
