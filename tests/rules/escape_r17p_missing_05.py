# expect: reject store
# line: 14
# verified: appends to keyword.kwlist under plain python3 3.11
# why: defaultdict's factory is the program's class: the item is an instance of it, whose own subscript runs its __missing__.
import keyword
from collections import defaultdict

class D(dict):
    def __missing__(self, k):
        return keyword.kwlist


index = defaultdict(D)
index["x"]["y"].append("zz")
print(keyword.kwlist[-1])
