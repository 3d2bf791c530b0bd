# expect: reject dunder
# line: 35
# verified: ninth static red team, ok_03 (plain python3 3.11.7, temp dir: goal reached)
#
# Family N (copy reconstruction through a program __new__): copy.deepcopy of an instance of a 
# closed program class K. K defines __getnewargs__ (dunder-define) and __new__ (allowed). 
# object.__reduce_ex__(4) then gives (copyreg.__newobj__, (K, *newargs), state, listitems, 
# dictitems), and copy._reconstruct calls K.__new__(K, *newargs). That __new__ returns a 
# standard-library object instead of a K, and copy writes the copied state into it. No store is 
# spelled on the library object, so the store rule never judges a write: the __new__ return is 
# not a store, and the writes are done by copy.  Here copy is never named: dataclasses.asdict 
# deep-copies a field value. K's slot 'run' is set on unittest.TestSuite with setattr.
# Goal reached: write into a standard-library class namespace: unittest.TestSuite.run replaced; TextTestRunner().run(TestSuite()) then runs the program's function
# Output under python3 (3.11.7, throw-away temp dir):
#   
#   ----------------------------------------------------------------------
#   Ran 0 tests in 0.000s
#   
#   OK
#   True
#   PWNED: unittest.TestSuite.run replaced

import dataclasses
import unittest


def fake(self, *args, **kwargs):
    print("PWNED: unittest.TestSuite.run replaced")
    return args[0] if args else None


class K:
    __slots__ = ("run",)

    def __new__(cls, *args):
        if args:
            return unittest.TestSuite
        return super().__new__(cls)

    def __init__(self):
        self.run = fake

    def __getnewargs__(self):
        return ("x",)


@dataclasses.dataclass
class Box:
    item: object


dataclasses.asdict(Box(K()))
print(unittest.TestSuite.run is fake)
unittest.TextTestRunner().run(unittest.TestSuite())
