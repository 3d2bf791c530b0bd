# expect: reject store
# why: what a def returns is linked wherever the def is reached from: a def bound to an attribute of the program's object, called through it
# line: 14
import keyword, types, collections, functools, operator
d = {}
def inner():
    return d
class K:
    pass
k = K()
k.cb = inner
a = k.cb()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
