# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a library call hands the program's function the iterable's elements (map): its parameter is d's object

import keyword
d = {}
def put(a):
    a["k"] = keyword.kwlist
list(map(put, [d]))
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
