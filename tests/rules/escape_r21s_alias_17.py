# expect: reject store
# why: what a def returns is linked wherever the def is reached from: a factory returning a lambda over its parameter (closed before: the nearest form)
# line: 10
import keyword, types, collections, functools, operator
d = {}
def make(x):
    return lambda: x
a = make(d)()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
