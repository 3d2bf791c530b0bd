# expect: reject store
# why: an attribute's method: a program object's list attribute copied
# line: 11
import keyword
d = {}
class Box:
    pass
box = Box()
box.items = [d]
a = box.items.copy()[0]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
