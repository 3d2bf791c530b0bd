# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a comprehension's first iterable runs in the enclosing def: `a` there is the def's parameter (the library's list), not the comprehension's target

import keyword


def lib():
    return keyword.kwlist


def f(a):
    b = [a for a in a]
    a.append("ZZZ")
    return b


f(lib())
print(keyword.kwlist[-1])
