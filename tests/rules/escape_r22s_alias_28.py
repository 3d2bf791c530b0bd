# expect: reject store
# why: set.pop() on a named receiver hands back a member, whose attribute is d
# line: 12
import keyword
d = {}
class H:
    pass
h = H()
h.d = d
s = {h}
a = s.pop().d
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
