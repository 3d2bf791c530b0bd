# expect: reject module_attribute
# line: 7
# why: round 73 (researcher B): a Field left on a plain class is adopted by a dataclass, renamed, and pasted into the source a subclass's @dataclass compiles: code runs in the program's globals with the real builtins
import dataclasses

class Holder:
    x: int = dataclasses.field(default=0, init=False, repr=False, compare=False)

@dataclasses.dataclass
class Base:
    y: int = Holder.x

Holder.x.name = "y=(__import__('os').system('id'),print(__import__('os').environ)),*q"

try:
    @dataclasses.dataclass
    class Sub(Base):
        pass
except TypeError:
    pass
