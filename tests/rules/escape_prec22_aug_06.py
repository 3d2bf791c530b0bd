# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a parameter bound to a number by its default holds what the caller passes: the library's list

import keyword


def f(x=0):
    x += ["ZZZ"]


f(keyword.kwlist)
print(keyword.kwlist[-1])
