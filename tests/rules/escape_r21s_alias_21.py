# expect: reject store
# why: what a def returns is linked wherever the def is reached from: a def in a dict called through an item (closed before)
# line: 10
import keyword, types, collections, functools, operator
d = {}
def inner(x):
    return d
handlers = {"h": inner}
a = handlers["h"](1)
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
