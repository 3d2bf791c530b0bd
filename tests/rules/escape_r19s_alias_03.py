# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed (lambda default argument returns d; the item store goes straight into the call's result)

import keyword
d = {}
f = lambda a=d: a
f()["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
