# expect: reject store
# why: what a def returns is linked wherever the def is reached from: a decorator whose functools.wraps wrapper returns d, the decorated def called
# line: 16
import keyword, types, collections, functools, operator
d = {}
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return d
    return wrapper
@deco
def task():
    return None
a = task()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
