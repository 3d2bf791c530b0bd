# expect: reject store
# line: 16
# verified: appends to keyword.kwlist under plain python3 3.11
# why: the builtin list rebound to the program's dict subclass: defaultdict(list) is no inert factory then.
import keyword
from collections import defaultdict


class D(dict):
    def __missing__(self, k):
        return keyword.kwlist


list = D
index = defaultdict(list)
index["x"]["y"].append("zz")
print(keyword.kwlist[-1])
