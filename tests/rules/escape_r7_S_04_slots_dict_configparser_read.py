# expect: reject dunder
# line: 18
# verified: the seventh red team's program (ok_04), reaches its goal under plain python3 (3.11)
# Mechanism: __slots__ as a dict mutated after the class statement with the PUBLIC name 'read' (the configparser .read(path) rule judges only spelled calls); deepcopy -> object.__getstate__ getattr(instance, 'read') on a ConfigParser subclass; __setstate__ re-inits the copy with super().__init__() and calls the bound read
# Goal reached: open('/etc/passwd') called by configparser, first line printed
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   File contains no section headers.
#   file: '/etc/passwd', line: 1
#   'root:x:0:0:root:/root:/bin/bash\n'

import configparser
import copy

NAMES = {"x": None}


class C(configparser.ConfigParser):
    __slots__ = NAMES

    def __setstate__(self, state):
        super().__init__()
        self.got = state[1]


NAMES["read"] = None
c = copy.deepcopy(C())
for v in c.got.values():
    try:
        v("/etc/passwd")
    except configparser.Error as e:
        print(e)
