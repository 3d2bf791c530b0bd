# expect: reject store
# why: what a def returns is linked wherever the def is reached from: a factory returning a closure over its parameter, called through a name
# line: 13
import keyword, types, collections, functools, operator
d = {}
def make(x):
    def get():
        return x
    return get
g = make(d)
a = g()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
