# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a property named _stream in a subclass of contextlib.redirect_stderr answers
#   "_getframe", then "argv".
# Goal reached: sys._getframe and a frame as values.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   a frame object: frame 18
import contextlib
import sys


# a property named like the base's private class attribute
class Redirect(contextlib.redirect_stderr):
    names = ["_getframe", "argv", "argv"]

    @property
    def _stream(self):
        return self.names.pop(0) if self.names else "stderr"


with Redirect(None):
    pass
getframe = sys.argv
frame = getframe(0)
print("a frame object:", type(frame).__name__, frame.f_lineno)
