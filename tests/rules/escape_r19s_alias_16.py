# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a decorator's return replaces the function: the decorated name is d's object

import keyword
d = {}
def deco(fn):
    return d
@deco
def f():
    pass
f["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
