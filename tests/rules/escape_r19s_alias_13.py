# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a class pattern's keyword capture is the subject's attribute (here a class attribute bound to d), as an as-pattern's name is the subject

import keyword
d = {}
class K:
    box = d
match K():
    case K(box=a) as whole:
        a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
