# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (a plain alias: an item stored through a (the library's list) is in d's object)

import keyword
d = {}
a = d
a["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
