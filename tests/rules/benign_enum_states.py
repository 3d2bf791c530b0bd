# expect: accept
# why: enum with auto(), members, iteration and a lookup by value
from enum import Enum, IntEnum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


class Level(IntEnum):
    LOW = 1
    HIGH = 3


transitions = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}
s = State.IDLE
while s in transitions:
    print(s.name, "->", transitions[s].name)
    s = transitions[s]
print([m.value for m in State], Level(3).name, Level.LOW < Level.HIGH)
