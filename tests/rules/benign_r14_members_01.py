# expect: accept
# why: Enum.__members__ (round 14) on the program's own enum classes (also named in value patterns, `case Color.RED:`, which read the name and never bind it), read where it is made: listing names with aliases, items(), an item, get(), 'in', len, dict() and sorted() copies, a comprehension, an f-string, a subclass's and an @enum.unique class's; vars(self).items() in a for and a comprehension

import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


@enum.unique
class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


print(list(Color.__members__))
for name, member in Color.__members__.items():
    print(name, "->", member.name, "alias" if name != member.name else "")
print(Color.__members__["CRIMSON"] is Color.RED, Color.__members__.get("BLUE"))
print("GREEN" in Color.__members__, len(Color.__members__))
copy = dict(Color.__members__)
copy["BLUE"] = None
print(sorted(copy), sorted(Level.__members__.keys()))
print({n: m.value for n, m in Perm.__members__.items()})
print(f"{list(Level.__members__.values())}")
aliases = [n for n, m in Color.__members__.items() if n != m.name]
print(aliases)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        fields = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"Point({fields})"

    def names(self):
        out = []
        for k in self.__dict__.keys():
            out.append(k)
        return out


print(Point(1, 2), Point(3, 4).names())


def sign(c):
    match c:
        case Color.RED:
            return "stop"
        case Level.HIGH:
            return "high"
        case _:
            return "go"


print([sign(c) for c in Color], list(Color.__members__.values())[0])
