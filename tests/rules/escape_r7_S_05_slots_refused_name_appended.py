# expect: reject dunder
# line: 16
# verified: the seventh red team's program (ok_05), reaches its goal under plain python3 (3.11)
# Mechanism: __slots__ list appended with 'loadTestsFromName' (a name attributes.txt refuses); deepcopy -> object.__getstate__ getattr on a TestLoader subclass; the bound loader method walks 'os.environ' from an import and puts it in its TypeError message
# Goal reached: os.environ printed
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   don't know how to make test from: environ({'PATH': '/usr/bin:/bin', 'HOME': '<temp dir>', 'MARKER': 'round7-marker', 'LC_CTYPE': 'C.UTF-8'})

import copy
import unittest

NAMES = ["x"]


class L(unittest.TestLoader):
    __slots__ = NAMES

    def __setstate__(self, state):
        super().__init__()
        self.got = state[1]


NAMES.append("loadTestsFromName")
c = copy.deepcopy(L())
for v in c.got.values():
    try:
        v("os.environ")
    except TypeError as e:
        print(e)
