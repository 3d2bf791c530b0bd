# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a match capture in the body of a subclass of contextlib.redirect_stdout binds _stream
#   to a descriptor.
# Goal reached: sys.modules and os as values; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
import contextlib
import sys


class Flip:
    def __init__(self):
        self.names = ["modules", "argv", "argv"]

    def __get__(self, obj, owner):
        return self.names.pop(0) if self.names else "stdout"


# a match capture in the class body binds the private name
class Redirect(contextlib.redirect_stdout):
    match Flip():
        case _stream:
            pass


with Redirect(None):
    pass
modules = sys.argv
print(modules["os"])
modules["os"].system("id")
