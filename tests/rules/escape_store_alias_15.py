# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (an alias of a parameter inside the function: the caller's dict holds what it stored)

import keyword


def f(p):
    q = p
    q["k"] = keyword.kwlist


d = {}
f(d)
d["k"].append(3)
print(keyword.kwlist[-1])
