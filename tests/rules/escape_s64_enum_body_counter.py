# expect: reject memory
# line: 20
# why: round 94's family: a class-body int in a class with a library base is no int-only binding: an Enum's body names are its members, instances of the class, whose __iadd__ is the program's
import enum

vl = []


class E(enum.Enum):
    tally = 0
    other = 1

    def __iadd__(self, n):
        vl.clear()
        return self


class V:
    def __lt__(self, o):
        E.other.tally += 1
        return NotImplemented


vl.append(V())
print(vl < [V()])
