# expect: reject dunder
# line: 25
# verified: the seventh red team's program (ok_02), reaches its goal under plain python3 (3.11)
# Mechanism: same as ok_01, list reached as L.__slots__ (dunder-allow read) and .append()ed; _get_module_from_name('builtins') -> builtins.open
# Goal reached: builtins module as a value, /etc/passwd read
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   bin:x:2:2:bin:/bin:/usr/sbin/nologin
#   sys:x:3:3:sys:/dev:/usr/sbin/nologin
#   sync:x:4:65534:sync:/bin:/bin/sync
#   games:x:5:6

import copy
import unittest


class L(unittest.TestLoader):
    __slots__ = ["x"]

    def __setstate__(self, state):
        self.got = state[1]


L.__slots__.append("_get_module_from_name")
c = copy.deepcopy(L())
for v in c.got.values():
    b = v("builtins")
    print(b.open("/etc/passwd").read()[:200])
