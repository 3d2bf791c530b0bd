# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed (a sequence pattern's capture (match [d]: case [a]:) aliases a to d)

import keyword
d = {}
match [d]:
    case [a]:
        a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
