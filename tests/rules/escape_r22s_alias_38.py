# expect: reject store
# why: the nearest form to self.m() left unlinked: a method of a class with a library base (collections.UserDict's items view) hands back the instance's items through a method name the program never defines
# line: 12
import keyword, collections
d = {}
class K(collections.UserDict):
    def first(self):
        for key, value in self.items():
            return value
k = K(x=d)
a = k.first()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
