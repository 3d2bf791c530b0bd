# expect: reject store
# why: what a def returns is linked wherever the def is reached from: map() handed a def returning d (closed before)
# line: 9
import keyword, types, collections, functools, operator
d = {}
def inner(x):
    return d
a = list(map(inner, [1]))[0]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
