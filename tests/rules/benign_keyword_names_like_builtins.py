# expect: accept
# why: keyword argument names, attribute names and strings may spell builtin names
from collections import namedtuple

Flags = namedtuple("Flags", "open eval exec")
flags = Flags(open=True, eval=False, exec=None)
print(flags.open, flags.eval, flags.exec)
print(dict(open=1, vars=2, help="usage text"))


def configure(**options):
    return sorted(options)


print(configure(compile=True, globals=False))
print("eval" in {"eval": 1}, ["open", "getattr"])
