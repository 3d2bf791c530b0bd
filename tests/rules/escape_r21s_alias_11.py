# expect: reject store
# why: what a def returns is linked wherever the def is reached from: a decorator factory whose inner function calls the def and returns its result (d)
# line: 15
import keyword, types, collections, functools, operator
d = {}
def deco(x):
    def inner(fn):
        return fn()
    return inner
@deco(1)
def task():
    return d
a = task
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
