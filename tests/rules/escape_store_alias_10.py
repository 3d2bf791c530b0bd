# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (an attribute bound to d: o.x is d's object)

import keyword


class Box:
    pass


o = Box()
d = {}
o.x = d
o.x["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
