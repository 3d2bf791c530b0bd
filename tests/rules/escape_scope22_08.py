# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a lambda's default runs in the enclosing def: `b=a` is the def's `a` (the library's list), not the lambda's own parameter `a`

import keyword


def lib():
    return keyword.kwlist


def f():
    a = lib()
    g = lambda b=a, a=[]: b.append("ZZZ")
    g()


f()
print(keyword.kwlist[-1])
