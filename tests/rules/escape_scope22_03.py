# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: `nonlocal a` in a nested def rebinds the enclosing def's variable to the library's list

import keyword


def outer():
    a = []

    def inner():
        nonlocal a
        a = keyword.kwlist

    inner()
    a.append("ZZZ")


outer()
print(keyword.kwlist[-1])
