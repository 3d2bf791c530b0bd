# expect: reject store
# why: the nearest form to self.m() left unlinked in a class without bases: in a dict subclass self.copy() is dict.copy, whose result holds the receiver's items, so the receiver stays linked
# line: 11
import keyword
d = {}
class K(dict):
    def leak(self):
        return self.copy()["x"]
k = K(x=d)
a = k.leak()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
