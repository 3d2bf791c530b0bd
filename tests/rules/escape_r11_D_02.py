# expect: reject attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/proc/self/environ read)
# why: eleventh red team (11a), family D: the same field pointed at the process environment

# Mechanism: Same as ok_06 (dataclass field name 'read' read by dataclasses.astuple's getattr on a mixin with configparser.ConfigParser), pointed at /proc/self/environ: the process environment (run under env -i PATH=... HOME=...) comes back as one section name.
# Goal reached: the environment (os.environ's content) printed, read from /proc/self/environ
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   PATH=/usr/bin:/bin
#   HOME=<temp dir>

import configparser
import dataclasses
import re


@dataclasses.dataclass
class D:
    read: int = dataclasses.field(init=False)

    def __post_init__(self):
        super().__init__(strict=False, interpolation=None)


class E(D, configparser.ConfigParser):
    SECTCRE = re.compile(r"(?P<header>.+)")

    def __deepcopy__(self, memo):
        return self


e = E()
row = dataclasses.astuple(e)
row[0]("/proc/self/environ")
for name in e.sections():
    print(name.replace("\0", "\n"))
