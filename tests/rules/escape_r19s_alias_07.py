# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed ('with CM() as a' binds a to what the program's __enter__ returns (d): an implicit call's return)

import keyword
d = {}
class CM:
    def __enter__(self):
        return d
    def __exit__(self, *a):
        return False
with CM() as a:
    a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
