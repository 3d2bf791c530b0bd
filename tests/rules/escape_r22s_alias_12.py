# expect: reject store
# why: a lambda handed to operator.call: what its body returns is the call's result
# line: 7
import keyword, operator
d = {}
a = operator.call(lambda: d)
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
