# expect: reject store
# why: what a def returns is linked wherever the def is reached from: operator.call(f) with f returning d (closed before)
# line: 9
import keyword, types, collections, functools, operator
d = {}
def inner():
    return d
a = operator.call(inner)
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
