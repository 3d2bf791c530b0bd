# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: g(*[d]) puts d into g's positional parameter: an element of the splatted list

import keyword
d = {}
def g(a):
    a["k"] = keyword.kwlist
g(*[d])
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
