# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a name deleted and bound again in the same def is the same variable: the later binding is the library's list

import keyword


def lib():
    return keyword.kwlist


def f():
    a = []
    a.append(0)
    del a
    a = lib()
    a.append("ZZZ")


f()
print(keyword.kwlist[-1])
