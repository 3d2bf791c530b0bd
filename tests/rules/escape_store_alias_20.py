# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (the program's function returns d: what is stored into its result is in d's object)

import keyword
d = {}


def get():
    return d


a = get()
a["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
