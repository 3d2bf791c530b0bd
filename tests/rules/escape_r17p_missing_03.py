# expect: reject store
# line: 22
# verified: appends to keyword.kwlist under plain python3 3.11
# why: the name bound to a defaultdict also bound (global, in a function) to the program's dict subclass: a name bound more than once is no fresh container.
import keyword
from collections import defaultdict

class D(dict):
    def __missing__(self, k):
        return keyword.kwlist


index = defaultdict(list)


def f():
    global index
    index = D()


f()
index["x"].append("zz")
print(keyword.kwlist[-1])
