# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a closure reads the enclosing def's name bound to the library's list; another function's same name is a fresh list

import keyword


def lib():
    return keyword.kwlist


def outer():
    a = lib()

    def inner():
        a.append("ZZZ")

    inner()


def other():
    a = []
    a.append(1)
    return a


other()
outer()
print(keyword.kwlist[-1])
