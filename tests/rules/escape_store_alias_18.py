# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (`a = d or e`: a may be d's object)

import keyword
d = {"seed": 1}
e = {}
a = d or e
a["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
