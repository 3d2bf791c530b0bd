# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: positional unpacking through a list display and parentheses: the first target is the library's list

import keyword

mine = []
[a, (b)] = [(keyword.kwlist), mine]
a.append("ZZZ")
print(keyword.kwlist[-1])
