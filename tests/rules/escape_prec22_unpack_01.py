# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a display unpacked by position binds each target to its own element: the second target is the library's list

import keyword

a, b = [], keyword.kwlist
b.append("ZZZ")
print(keyword.kwlist[-1])
