# expect: reject attribute
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a slot named like a refused attribute (loadTestsFromName) on a mixin put
#   after unittest.TestLoader: the getstate read is the refused method.
# Goal reached: os.environ printed (in the loader's TypeError).
import copy
import unittest


class K:
    __slots__ = ("loadTestsFromName",)


class L(unittest.TestLoader, K):
    def __setstate__(self, state):
        super().__init__()
        self.got = state[1]


c = copy.deepcopy(L())
for v in c.got.values():
    try:
        v("os.environ")
    except TypeError as e:
        print(e)
