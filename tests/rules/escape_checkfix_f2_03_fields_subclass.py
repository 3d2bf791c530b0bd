# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 2 (names pasted into generated source): dataclasses.fields() hands out
# the base's Field objects; renaming one injects into the repr that @dataclass
# compiles for a subclass. Since session 33 fields() is offered and its Fields
# are the library's shared state to the store rule: the rename is the store.
import dataclasses

@dataclasses.dataclass
class Base:
    x: int = 0

dataclasses.fields(Base)[0].name = "x or{print(open('/etc/passwd').readline())}"

@dataclasses.dataclass(init=False, eq=False)
class Sub(Base):
    pass

print(repr(Sub()))
