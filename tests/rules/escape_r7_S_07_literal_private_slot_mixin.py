# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a private slot name in a class that a library class is mixed before
#   (class L(unittest.TestLoader, K)): getattr(l, "_get_module_from_name") is
#   TestLoader's private import helper. Private slot names only in closed classes.
# Goal reached: os module, id run.
import copy
import unittest


class K:
    __slots__ = ("_get_module_from_name",)


class L(unittest.TestLoader, K):
    def __setstate__(self, state):
        self.got = state[1]


c = copy.deepcopy(L())
for v in c.got.values():
    m = v("os")
    print(m.popen("id").read())
