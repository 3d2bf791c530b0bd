# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (the store through the second name is the one that writes: `d['k'] = lib` then a['k'].append)

import keyword
d = {}
a = d
a["k"] = [1]
d["k"] = keyword.kwlist
a["k"].append(3)
print(keyword.kwlist[-1])
