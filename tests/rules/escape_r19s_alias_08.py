# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed (*args: g(d) puts d in args[0]; the item store args[0]['k'] = ... goes through the tuple)

import keyword
d = {}
def g(*args):
    args[0]["k"] = keyword.kwlist
g(d)
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
