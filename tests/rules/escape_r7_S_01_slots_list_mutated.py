# expect: reject dunder
# line: 17
# verified: the seventh red team's program (ok_01), reaches its goal under plain python3 (3.11)
# Mechanism: __slots__ list appended after the class statement with a private name; copy.deepcopy -> object.__getstate__ -> copyreg._slotnames reads the live list -> getattr(instance, '_get_module_from_name') on a unittest.TestLoader subclass; the bound library method arrives in the program's __setstate__ state
# Goal reached: os module as a value, id run
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)

import copy
import unittest

NAMES = ["x"]


class L(unittest.TestLoader):
    __slots__ = NAMES

    def __setstate__(self, state):
        self.got = state[1]


NAMES.append("_get_module_from_name")
k = L()
c = copy.deepcopy(k)
for v in c.got.values():
    m = v("os")
    print(m)
    print(m.popen("id").read())
