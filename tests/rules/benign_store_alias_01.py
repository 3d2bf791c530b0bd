# expect: accept
# why: plain aliases of the program's own dicts and lists, filled with its own data (a copy of the library's list among them), then changed through the other name

import keyword

d = {}
a = d
a["k"] = [1, 2]
d["k"].append(3)
a["words"] = list(keyword.kwlist)
d["words"].append("x")
b = c = {}
b["n"] = []
c["n"].append(len(d))
x, y = d, {}
x.setdefault("more", []).append(1)
for grp in [d, b]:
    grp["tags"] = set()
d["tags"].add("t")
pick = d if len(b) else b
pick["k"].extend([4, 5])
if (w := d) is not None:
    w["z"] = {"inner": []}
d["z"]["inner"].append(6)
print(sorted(d), b, len(keyword.kwlist))
