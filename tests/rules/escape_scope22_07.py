# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a comprehension's target shadows the def's fresh list: the body's `a` is the comprehension's, the library's list

import keyword


def f():
    a = []
    a.append(0)
    return [a.append("ZZZ") for a in [keyword.kwlist]]


f()
print(keyword.kwlist[-1])
