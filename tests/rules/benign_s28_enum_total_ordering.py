# expect: accept
# why: session 28 (honest25 p34): list(type(self)) in a method of the program's enum class under @functools.total_ordering, a library decorator that hands the class back: type(self) is still the program's enum class
from enum import Enum
from functools import total_ordering


@total_ordering
class Level(Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.value < other.value

    def escalate(self):
        members = list(type(self))
        return members[min(members.index(self) + 1, len(members) - 1)]


print(Level.LOW.escalate(), Level.HIGH.escalate(), Level.LOW < Level.MID)
