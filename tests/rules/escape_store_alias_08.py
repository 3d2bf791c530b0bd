# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (a chain of aliases `b = d; a = b`: the store through a is in d's object)

import keyword
d = {}
b = d
a = b
a["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
