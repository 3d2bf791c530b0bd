# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (a chained assignment `a = b = {}`: both names hold one dict)

import keyword
a = b = {}
a["k"] = keyword.kwlist
b["k"].append(3)
print(keyword.kwlist[-1])
