# expect: reject dunder
# line: 23
# verified: ninth static red team, ok_04 (plain python3 3.11.7, temp dir: goal reached)
#
# Family N (copy reconstruction through a program __new__): copy.deepcopy of an instance of a 
# closed program class K. K defines __getnewargs__ (dunder-define) and __new__ (allowed). 
# object.__reduce_ex__(4) then gives (copyreg.__newobj__, (K, *newargs), state, listitems, 
# dictitems), and copy._reconstruct calls K.__new__(K, *newargs). That __new__ returns a 
# standard-library object instead of a K, and copy writes the copied state into it. No store is 
# spelled on the library object, so the store rule never judges a write: the __new__ return is 
# not a store, and the writes are done by copy.  Here K is a list subclass, so copy passes 
# listitems and calls y.append(item) on the y that __new__ returned: keyword.kwlist, a 
# module-level list.
# Goal reached: write into a standard-library module's container: keyword.kwlist extended
# Output under python3 (3.11.7, throw-away temp dir):
#   pwned_keyword False

import copy
import keyword


class K(list):
    def __new__(cls, *args):
        if args:
            return keyword.kwlist
        return super().__new__(cls)

    def __init__(self):
        super().__init__()
        self.append("pwned_keyword")

    def __getnewargs__(self):
        return ("x",)


copy.deepcopy(K())
print(keyword.kwlist[-1], keyword.iskeyword("pwned_keyword"))
