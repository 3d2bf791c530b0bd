# expect: reject dunder
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: getattr(L, "__slots__") hands out the class's live list without the
#   attribute syntax; __slots__ is no dunder-allow name any more.
# Goal reached: os module, id run.
import copy
import unittest


class L(unittest.TestLoader):
    __slots__ = ["x"]

    def __setstate__(self, state):
        self.got = state[1]


getattr(L, "__slots__").append("_get_module_from_name")
c = copy.deepcopy(L())
for v in c.got.values():
    print(v("os").popen("id").read())
