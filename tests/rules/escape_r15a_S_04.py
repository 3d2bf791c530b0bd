# expect: reject class_value
# line: 27
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family S: type(P) != sys.stderr under contextlib.redirect_stderr(g): the reflected Grab.__eq__ receives the builtin type (ours)
import contextlib
import sys


class P:
    pass


class Grab:
    def __eq__(self, other):
        raise LookupError(other)

    def write(self, s):
        return len(s)

    def flush(self):
        return None


g = Grab()
try:
    with contextlib.redirect_stderr(g):
        type(P) != sys.stderr
except Exception as e:
    T = e.args[0]
print(T)
