# expect: reject builtin
# why: family D look-alike: a plain mixin dispatches with getattr(self, name) on a
#   computed name (may be a dunder), combined with other plain classes; the program
#   also has a @dataclass, but no class derives from both, so self is never a
#   dataclass instance.
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 14
from dataclasses import dataclass


class Dispatch:
    def handle(self, name, args):
        fn = getattr(self, name, None)
        if fn is None:
            return "unknown: " + name
        return fn(args)


class Logged:
    def log(self, text):
        return "[log] " + text


class Shell(Dispatch, Logged):
    def echo(self, args):
        return " ".join(args)

    def add(self, args):
        return str(int(args[0]) + int(args[1]))


@dataclass
class Point:
    x: int = 0
    y: int = 0


class Point3(Point):
    pass


sh = Shell()
for line in ["echo hello world", "add 2 3", "nope"]:
    cmd, *rest = line.split()
    print(sh.log(sh.handle(cmd, rest)))
print(Point3(1, 2))
