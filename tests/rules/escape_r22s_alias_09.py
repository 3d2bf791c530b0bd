# expect: reject store
# why: a method's result is its receiver's item whatever the receiver: b.copy()["x"], which the link one level down documented before never made
# line: 8
import keyword
d = {}
b = {"x": d}
a = b.copy()["x"]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
