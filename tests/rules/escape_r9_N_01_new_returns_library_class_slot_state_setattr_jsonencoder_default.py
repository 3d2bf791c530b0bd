# expect: reject dunder
# line: 29
# verified: ninth static red team, ok_01 (plain python3 3.11.7, temp dir: goal reached)
#
# Family N (copy reconstruction through a program __new__): copy.deepcopy of an instance of a 
# closed program class K. K defines __getnewargs__ (dunder-define) and __new__ (allowed). 
# object.__reduce_ex__(4) then gives (copyreg.__newobj__, (K, *newargs), state, listitems, 
# dictitems), and copy._reconstruct calls K.__new__(K, *newargs). That __new__ returns a 
# standard-library object instead of a K, and copy writes the copied state into it. No store is 
# spelled on the library object, so the store rule never judges a write: the __new__ return is 
# not a store, and the writes are done by copy.  Here K has __slots__ = ("default",), so the 
# state is (None, {"default": fake}), and copy does setattr(json.JSONEncoder, "default", fake).
# Goal reached: write into a standard-library class namespace: json.JSONEncoder.default replaced (json.dumps(object()) returns the program's string)
# Output under python3 (3.11.7, throw-away temp dir):
#   True
#   "PWNED"

import copy
import json


def fake(self, o):
    return "PWNED"


class K:
    __slots__ = ("default",)

    def __new__(cls, *args):
        if args:
            return json.JSONEncoder
        return super().__new__(cls)

    def __init__(self):
        self.default = fake

    def __getnewargs__(self):
        return ("x",)


copy.deepcopy(K())
print(json.JSONEncoder.default is fake)
print(json.dumps(object()))
