# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: private state set through self in a subclass of contextlib.redirect_stdout:
#   _stream set to "modules" on enter and to "argv" inside, so exit writes sys.modules
#   into sys.argv.
# Goal reached: sys.modules and os as values; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   dict True
#   uid=0(root) gid=0(root) groups=0(root)
import contextlib
import sys


# private state set through self, in a method of a subclass of a standard-library
# class: redirect_stdout reads self._stream on enter and on exit
class Redirect(contextlib.redirect_stdout):
    def __init__(self):
        super().__init__(None)

    def __enter__(self):
        self._stream = "modules"
        return super().__enter__()

    def point(self, name):
        self._stream = name


r = Redirect()
with r:
    r.point("argv")
modules = sys.argv
print(type(modules).__name__, len(modules) > 10)
modules["os"].system("id")
