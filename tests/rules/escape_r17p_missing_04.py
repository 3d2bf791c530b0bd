# expect: reject store
# line: 17
# verified: appends to keyword.kwlist under plain python3 3.11
# why: a parameter spelt like the name bound to a defaultdict: the census counts it as a binding, the argument is the program's dict subclass.
import keyword
from collections import defaultdict

class D(dict):
    def __missing__(self, k):
        return keyword.kwlist


index = defaultdict(list)


def f(index):
    index["x"].append("zz")


f(D())
print(keyword.kwlist[-1])
