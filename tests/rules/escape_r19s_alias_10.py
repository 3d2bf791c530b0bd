# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed (item stored straight into a program function's returned container: get()['k'] = keyword.kwlist)

import keyword
d = {}
def get():
    return d
get()["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
