# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed (**kwargs: g(a=d) puts d in kw['a']; the item store kw['a']['k'] = ... is through the keyword dict)

import keyword
d = {}
def g(**kw):
    kw["a"]["k"] = keyword.kwlist
g(a=d)
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
