# expect: reject store
# line: 22
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a name bound only in a nested def is free in the outer one: the outer `a` is the module's, the library's list

import keyword


def lib():
    return keyword.kwlist


a = lib()


def outer():
    def inner():
        a = []
        return a

    inner()
    a.append("ZZZ")


outer()
print(keyword.kwlist[-1])
