# expect: reject store
# why: what a def returns is linked wherever the def is reached from: a class decorator factory: the class name is bound to d
# line: 15
import keyword, types, collections, functools, operator
d = {}
def deco(x):
    def inner(cls):
        return d
    return inner
@deco(1)
class C:
    pass
a = C
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
