# expect: reject store
# line: 14
# verified: appends to keyword.kwlist under plain python3 3.11
# why: a subscript of an instance of the class whose __missing__ returns a module's list: the hook's taint stays on its own class's items (honest17 p50's relaxation follows only names bound once to a container of the builtins or collections).
import keyword
from collections import defaultdict

class D(dict):
    def __missing__(self, k):
        return keyword.kwlist


d = D()
d["x"].append("zz")
print(keyword.kwlist[-1])
