# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (a comprehension's element is d's object)

import keyword
d = {}
a = [x for x in [d]]
a[0]["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
