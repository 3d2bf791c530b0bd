# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a mapping pattern's **rest is a new dict of the subject's values: rest's item is d's object

import keyword
d = {}
match {"x": d}:
    case {**rest}:
        rest["x"]["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
