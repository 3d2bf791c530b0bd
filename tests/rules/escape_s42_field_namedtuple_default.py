# expect: reject module_attribute
# line: 8
# why: round 73 (researcher B): a Field as a typing.NamedTuple default is held by the program (N().x), renamed, and pasted into a dataclass's compiled source
import dataclasses
import typing

class N(typing.NamedTuple):
    x: int = dataclasses.field(default=0, init=False, repr=False, compare=False)

@dataclasses.dataclass
class Base:
    y: int = N().x

fld = N().x
fld.name = "y=print(open('/etc/passwd').read()),*q"

@dataclasses.dataclass
class Sub(Base):
    pass
