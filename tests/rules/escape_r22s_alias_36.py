# expect: reject store
# why: a program's str subclass handed back by a text method of its own (split defined by the program returning a part of the instance) is linked by the def's returns, not exempt as a library text method
# line: 10
import keyword
d = {}
class T(str):
    def split(self, sep=None):
        return [d]
a = T("x").split()[0]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
