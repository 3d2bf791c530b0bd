# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a mixin of the program's own (closed bases) binds _stream to a descriptor; mixed
#   before contextlib.redirect_stdout it comes first in the MRO.
# Goal reached: sys.modules, os and builtins as values; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <module 'builtins' (built-in)> <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
import contextlib
import sys


class Flip:
    def __init__(self):
        self.names = ["modules", "argv", "argv"]

    def __get__(self, obj, owner):
        return self.names.pop(0) if self.names else "stdout"


# a mixin of the program's own (closed bases) binds the private name; mixed with
# the standard-library class it comes first in the MRO
class Mixin:
    _stream = Flip()


class Redirect(Mixin, contextlib.redirect_stdout):
    pass


with Redirect(None):
    pass
modules = sys.argv
print(modules["builtins"], modules["os"])
modules["os"].system("id")
