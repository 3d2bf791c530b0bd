# The honest uses of names computed at run time, which the runtime wall's guarded
# builtins must keep working, and the standard library paths it serves itself.
import collections
import enum
import json
import typing


class Shell:
    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)

    def do_add(self, a, b):
        return a + b

    def do_upper(self, s):
        return s.upper()

    def run(self, cmd, *args):
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return "unknown command: " + cmd
        return handler(*args)

    def __repr__(self):
        return "Shell(%s)" % ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))


s = Shell(verbose=True, depth=3)
print(s, s.run("add", 2, 3), s.run("upper", "hi"), s.run("nope"))
print(hasattr(s, "verbose"), hasattr(s, "missing"), getattr(s, "missing", "default"))
delattr(s, "depth")
print(vars(s))

Point = collections.namedtuple("Point", "x y")
print(Point(1, 2), Point._fields, Point(3, 4)._asdict())
Color = enum.Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.GREEN.value)
T = typing.TypeVar("T")


@typing.overload
def first(xs: list) -> int: ...
@typing.overload
def first(xs: str) -> str: ...
def first(xs):
    return xs[0]


print(T, first([7, 8]), first("ab"))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("json error:", e.msg, e.lineno, e.colno)
