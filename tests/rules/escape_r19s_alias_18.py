# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: 'with o as a' where the program's __enter__ returns self: a is o itself

import keyword
class Box(dict):
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
d = Box()
with d as a:
    a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
