# expect: reject dunder
# line: 17
# verified: the seventh red team's program (ok_03), reaches its goal under plain python3 (3.11)
# Mechanism: same as ok_01, deepcopy run implicitly by dataclasses.asdict on a non-dataclass field value
# Goal reached: os module, os.environ printed
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   <module 'os' (frozen)>
#   {'PATH': '/usr/bin:/bin', 'HOME': '<temp dir>', 'MARKER': 'round7-marker', 'LC_CTYPE': 'C.UTF-8'}

import dataclasses
import unittest

NAMES = ["x"]


class L(unittest.TestLoader):
    __slots__ = NAMES

    def __setstate__(self, state):
        self.got = state[1]


@dataclasses.dataclass
class Box:
    item: object


NAMES.append("_get_module_from_name")
d = dataclasses.asdict(Box(L()))
for v in d["item"].got.values():
    m = v("os")
    print(m)
    print(dict(m.environ))
