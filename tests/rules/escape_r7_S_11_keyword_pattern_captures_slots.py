# expect: reject dunder
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a keyword class pattern `case type(__slots__=names)` reads the list
#   with no attribute syntax; __slots__ appears nowhere but its literal.
# Goal reached: os module, id run.
import copy
import unittest


class L(unittest.TestLoader):
    __slots__ = ["x"]

    def __setstate__(self, state):
        self.got = state[1]


match L:
    case type(__slots__=names):
        names.append("_get_module_from_name")
c = copy.deepcopy(L())
for v in c.got.values():
    print(v("os").popen("id").read())
