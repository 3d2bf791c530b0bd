# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super().__setattr__("_stream", name) in a method of a subclass of
#   contextlib.redirect_stdout sets the base's private state by name.
# Goal reached: sys.modules and os as values; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
import contextlib
import sys


# super().__setattr__ with a literal private name, in a method of a subclass of
# contextlib.redirect_stdout
class Redirect(contextlib.redirect_stdout):
    def point(self, name):
        super().__setattr__("_stream", name)


r = Redirect(None)
r.point("modules")
with r:
    r.point("argv")
modules = sys.argv
print(modules["os"])
modules["os"].system("id")
