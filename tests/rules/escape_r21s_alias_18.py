# expect: reject store
# why: what a def returns is linked wherever the def is reached from: a method of the program's class returning an argument stored on self (closed before)
# line: 13
import keyword, types, collections, functools, operator
d = {}
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = Box(d).get()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
