# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a class statement under a program decorator binds whatever the
#   decorator returns (here a TypedDict class built from a mapping); a dataclass
#   deriving from that name is a TypedDict too, whose metaclass merges the base's
#   annotation keys into its own, and @dataclass pastes them into __repr__'s source.
# Goal reached: code injected into dataclasses' exec; ran a process (id).
import dataclasses
import typing

Forged = typing.TypedDict("Forged", {"__class__ or{__import__('os').system('id')}": int})


def swap(cls):
    return Forged


@swap
class Base:
    pass


@dataclasses.dataclass(init=False, eq=False)
class P(Base):
    pass


print(repr(P.__new__(P)))
