from enum import Enum, IntEnum, Flag, auto, unique


@unique
class Light(Enum):
    RED = "stop"
    YELLOW = "slow"
    GREEN = "go"

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


state = Light.RED
for _ in range(4):
    print(state.name, state.value)
    state = state.next()
print(Light("go"), Light["YELLOW"], Light.RED in Light)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(Priority.HIGH > 2, Priority(2).name)
rw = Perm.R | Perm.W
print(rw, Perm.W in rw, Perm.X in rw, bool(rw & Perm.X))
print([m.name for m in Perm])
match state:
    case Light.RED:
        print("matched red")
    case Light.GREEN | Light.YELLOW:
        print("matched other")
