# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a global name bound to a number at module level and to the library's list in a function by `global`: every binding counts

import keyword

x = 1


def g():
    global x
    x = keyword.kwlist


g()
x += ["ZZZ"]
print(keyword.kwlist[-1])
