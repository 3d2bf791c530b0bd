# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (d appended to a list: box[0] is d's object)

import keyword
d = {}
box = []
box.append(d)
box[0]["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
