# expect: reject store
# why: an item reached by setdefault and by pop is the receiver's item: the library
#   list stored through it is appended to through the dict
# line: 11
import keyword

d = {"x": {}}
a = d.setdefault("x", {})
a["k"] = keyword.kwlist
b = d.pop("x")
b["k"].append("not a keyword")
print(keyword.kwlist[-1])
