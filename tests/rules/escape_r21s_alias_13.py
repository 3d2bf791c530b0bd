# expect: reject store
# why: what a def returns is linked wherever the def is reached from: nested factories: outer()()() returns d
# line: 14
import keyword, types, collections, functools, operator
d = {}
def outer():
    def mid():
        def inner():
            return d
        return inner
    return mid
a = outer()()()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
