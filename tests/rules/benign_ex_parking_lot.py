# expect: accept
from enum import Enum


class Size(Enum):
    SMALL = 1
    LARGE = 2


class Lot:
    def __init__(self, small, large):
        self.free = {Size.SMALL: small, Size.LARGE: large}
        self.parked = {}

    def park(self, plate, size):
        for s in (size, Size.LARGE):
            if s.value >= size.value and self.free[s]:
                self.free[s] -= 1
                self.parked[plate] = s
                return s
        return None

    def leave(self, plate):
        s = self.parked.pop(plate)
        self.free[s] += 1


lot = Lot(1, 1)
print(lot.park("AB1", Size.SMALL), lot.park("CD2", Size.SMALL), lot.park("EF3", Size.LARGE))
lot.leave("AB1")
print(lot.park("EF3", Size.SMALL), lot.free)
