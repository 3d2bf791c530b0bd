# expect: accept
# why: honest16 p15: a state machine's next() iterates its own enum class through
#   type(self) (round 16's class_value rule: the program's enum, self its receiver).
from enum import Enum, unique


@unique
class Light(Enum):
    RED = "stop"
    YELLOW = "slow"
    GREEN = "go"

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    def count(self):
        n = 0
        for _ in type(self):
            n += 1
        return n, len(type(self)), sorted(type(self), key=lambda m: m.value)[0].name


state = Light.RED
for _ in range(4):
    print(state.name, state.value)
    state = state.next()
print(state.count())
