# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: as escape_r3_mro_01, with the base a name bound by an assignment to Names[int].
# Goal reached: os as a value; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
import contextlib
import sys
import typing

T = typing.TypeVar("T")


# Names looks closed (its base is typing.Generic[T]); a class statement whose base
# is a name bound to Names[int] (whose __mro_entries__ hands over Names) mixes it
# with redirect_stdout out of the census's sight
class Names(typing.Generic[T]):
    order = ["modules", "argv", "argv"]

    @property
    def _stream(self):
        return self.order.pop(0) if self.order else "stdout"


Alias = Names[int]


class Redirect(Alias, contextlib.redirect_stdout):
    pass


with Redirect(None):
    pass
modules = sys.argv
print(modules["os"])
modules["os"].system("id")
