# expect: reject store
# line: 15
# verified: appends to keyword.kwlist under plain python3 3.11
# why: defaultdict rebound to the program's dict subclass: `defaultdict()` is then no collections container, its subscript runs the program's __missing__.
import keyword
from collections import defaultdict

class D(dict):
    def __missing__(self, k):
        return keyword.kwlist


defaultdict = D
index = defaultdict()
index["x"].append("zz")
print(keyword.kwlist[-1])
