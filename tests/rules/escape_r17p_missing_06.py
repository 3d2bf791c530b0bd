# expect: reject store
# line: 14
# verified: appends to keyword.kwlist under plain python3 3.11
# why: a display holding an instance of the class: the display's own subscript is fresh, the item's is not.
import keyword
from collections import defaultdict

class D(dict):
    def __missing__(self, k):
        return keyword.kwlist


index = [D()]
index[0]["x"].append("zz")
print(keyword.kwlist[-1])
