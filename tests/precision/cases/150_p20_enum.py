# enum: Enum, IntEnum, Flag, auto, iteration, lookup
from enum import Enum, IntEnum, Flag, auto, unique

@unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} ({self.value})"

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"

print(list(Color), Color(2), Color["BLUE"], Color.RED.describe())
print(Priority.HIGH > Priority.LOW, sorted([Priority.HIGH, Priority.LOW]), int(Priority.MEDIUM))
rw = Perm.R | Perm.W
print(rw, Perm.W in rw, Perm.X in rw, bool(rw & Perm.X))
print(Status("open") is Status.OPEN, Status.CLOSED.value, Status.OPEN == "open")
for c in Color:
    match c:
        case Color.RED:
            print("stop")
        case Color.GREEN:
            print("go")
        case _:
            print("other:", c.name)
print(Color.__members__.keys(), len(Color))
try:
    Color(9)
except ValueError as e:
    print(e)
