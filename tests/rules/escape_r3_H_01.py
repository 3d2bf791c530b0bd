# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_13_redirect_stream_private_class_attr_sys_modules)
# Mechanism: a subclass body rebinding contextlib._RedirectStream's private class 
#   attribute _stream (a descriptor) steers redirect_stdout's getattr(sys, 
#   name)/setattr(sys, name, v): sys.modules is read and written back as sys.argv
# Goal reached: write into the sys module's namespace; sys.modules, os and builtins obtained as values; ran a process (id)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | dict with 102 modules
#   | <module 'builtins' (built-in)> <module 'os' (frozen)>
#   | uid=0(root) gid=0(root) groups=0(root)
# contextlib.redirect_stdout does getattr(sys, self._stream) / setattr(sys,
# self._stream, ...) with _stream a private *class* attribute. A subclass body binds
# `_stream` (a name in a class body, not an attribute store, so the private-store rule
# never sees it) to a descriptor that answers "modules" for the getattr and "argv"
# for both setattrs: sys.modules lands in the old-targets list and is written back
# as sys.argv on exit (a write into the sys module's namespace). sys.argv is in the
# sys facade, so sys.modules is now a plain value: os and builtins follow.
import contextlib
import sys


class Flip:
    def __init__(self):
        self.names = ["modules", "argv", "argv"]

    def __get__(self, obj, owner):
        return self.names.pop(0) if self.names else "stdout"


class Redirect(contextlib.redirect_stdout):
    _stream = Flip()


with Redirect(None):
    pass
modules = sys.argv
print(type(modules).__name__, "with", len(modules), "modules")
print(modules["builtins"], modules["os"])
modules["os"].system("id")
