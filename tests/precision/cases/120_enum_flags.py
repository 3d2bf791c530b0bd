# Enums: IntEnum ordering, Flag combinations for permissions, auto values.
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE


class Color(Enum):
    RED = "#ff0000"
    GREEN = "#00ff00"
    BLUE = "#0000ff"

    @property
    def rgb(self):
        h = self.value.lstrip("#")
        return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


tickets = [("disk full", Priority.CRITICAL), ("typo", Priority.LOW), ("slow page", Priority.MEDIUM),
           ("login bug", Priority.HIGH)]
for title, prio in sorted(tickets, key=lambda t: t[1], reverse=True):
    print(f"{prio.name:<8} ({prio.value}) {title}")
print(Priority.HIGH > Priority.MEDIUM, Priority(2), Priority["LOW"] + 1)

alice = Perm.READ | Perm.WRITE
print(alice, Perm.READ in alice, Perm.EXECUTE in alice, alice & Perm.WRITE)
print(Perm.ALL == Perm.READ | Perm.WRITE | Perm.EXECUTE, bool(Perm.READ & Perm.EXECUTE))
print([p.name for p in Perm if p in alice])
for c in Color:
    print(c.name, c.value, c.rgb)
print(Color("#00ff00"), Color.RED is Color["RED"], len(Color))
try:
    Color("#123456")
except ValueError as e:
    print("error:", e)
