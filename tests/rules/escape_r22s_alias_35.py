# expect: reject store
# why: the nearest form to the removing methods no longer linked to their argument (pop, remove, move_to_end): setdefault keeps its default in the receiver, whose item is then d
# line: 11
import keyword
d = {}
m = {"y": 1}
m.pop("y", None)
m.setdefault("x", d)
a = m["x"]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
