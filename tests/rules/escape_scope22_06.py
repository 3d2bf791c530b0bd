# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a walrus in a comprehension binds the enclosing def's variable, not the comprehension's

import keyword


def f():
    a = []
    [(a := keyword.kwlist) for _ in range(1)]
    a.append("ZZZ")


def g():
    a = []
    return a


g()
f()
print(keyword.kwlist[-1])
