# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a nested starred target inside a for target: *a is a new list whose item is d's object

import keyword
d = {}
for (x, *a) in [(1, d)]:
    a[0]["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
