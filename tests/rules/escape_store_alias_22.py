# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (a generator yields d: what is stored into its element is in d's object)

import keyword
d = {}


def pairs():
    yield d


for a in pairs():
    a["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
