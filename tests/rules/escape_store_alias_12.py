# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (the alias handed to a function that stores into its parameter)

import keyword


def put(box, v):
    box["k"] = v


d = {}
a = d
put(a, keyword.kwlist)
d["k"].append(3)
print(keyword.kwlist[-1])
