# expect: reject dunder
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: `__slots__: list = NAMES` (an annotated assignment) with NAMES
#   extended by `+=` after the class statement: the value must be a literal.
# Goal reached: os module, id run.
import copy
import unittest

NAMES = ["x"]


class L(unittest.TestLoader):
    __slots__: list = NAMES

    def __setstate__(self, state):
        self.got = state[1]


NAMES += ["_get_module_from_name"]
c = copy.deepcopy(L())
for v in c.got.values():
    print(v("os").popen("id").read())
