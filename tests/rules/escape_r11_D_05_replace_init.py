# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: family D, own member: a defaulted field read back by dataclasses.replace, where the library base comes first in the MRO, handed to the program's __init__

import configparser
import dataclasses
import re


@dataclasses.dataclass
class D:
    read: int = 0


class E(configparser.ConfigParser, D):
    SECTCRE = re.compile(r"(?P<header>.+)")

    def __init__(self, read=None):
        super().__init__(strict=False, interpolation=None)
        self.got = read


e = E()
other = dataclasses.replace(e)
other.got("/etc/passwd")
print(e.sections()[0])
