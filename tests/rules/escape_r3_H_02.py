# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_14_redirect_stream_private_class_attr_getframe)
# Mechanism: as ok_13 with redirect_stderr: the subclass's _stream descriptor makes the 
#   redirector read sys._getframe and write it into sys.argv on exit
# Goal reached: write into the sys module's namespace; sys._getframe obtained and a frame obtained as a value
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <built-in function _getframe> <frame at 0x7f3017010a00, file '/tmp/rt3run.RXjh/prog.py', line 25, code <module>>
#   | a frame object: frame at line 26
# As ok_13, with contextlib.redirect_stderr: the subclass's _stream descriptor makes
# the redirector read sys._getframe and store it into sys.argv on exit; calling it
# hands out frames (and through them every global namespace).
import contextlib
import sys


class Names:
    def __init__(self, *names):
        self.names = list(names)

    def __get__(self, obj, owner):
        return self.names.pop(0) if self.names else "stderr"


class Redirect(contextlib.redirect_stderr):
    _stream = Names("_getframe", "argv", "argv")


saved = list(sys.argv)
with Redirect(None):
    pass
getframe = sys.argv
frame = getframe(0)
print(getframe, frame)
print("a frame object:", type(frame).__name__, "at line", frame.f_lineno)
