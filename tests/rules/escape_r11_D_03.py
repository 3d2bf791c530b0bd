# expect: reject format
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (os.environ printed)
# why: eleventh red team (11a), family D: a dataclass field named format on a str mixin hands out a bound str.format

# Mechanism: Dataclass field names read by dataclasses.astuple's getattr (family of ok_06): a @dataclass mixin with a field 'format' (init=False) mixed with the builtin str: astuple(E(text)) hands out the bound str.format of a string the program built at run time. The format rule allows .format only on literals; here no '.format' is ever spelled, and the template (with __globals__ in a field) is an ordinary constructor argument.
# Goal reached: os.environ printed (through probe.__globals__['logging'].os.environ)
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   environ({'PATH': '/usr/bin:/bin', 'HOME': '<temp dir>', 'LC_CTYPE': 'C.UTF-8'})

import dataclasses
import logging


@dataclasses.dataclass
class D:
    text: str = ""
    format: int = dataclasses.field(init=False)


class E(D, str):
    pass


def probe():
    pass


fmt = dataclasses.astuple(E("{0.__globals__[logging].os.environ}"))[1]
print(fmt(probe))
