# expect: accept
# why: round 28b look-alike: annotations that call nothing (names, generics, a string) on a class whose instances stay the program's
import bisect
from typing import Optional


class Slot:
    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end

    def overlaps(self, other: "Slot") -> bool:
        return self.start < other.end and other.start < self.end


class Calendar:
    slots: list[Slot]

    def __init__(self) -> None:
        self.slots = []
        self.starts: list[int] = []

    def add(self, slot: Slot) -> Optional[Slot]:
        i = bisect.bisect_left(self.starts, slot.start)
        for other in self.slots[max(0, i - 1):i + 1]:
            if other.overlaps(slot):
                return other
        self.starts.insert(i, slot.start)
        self.slots.insert(i, slot)
        return None


cal = Calendar()
for a, b in [(9, 10), (11, 12), (9, 11), (10, 11)]:
    clash = cal.add(Slot(a, b))
    print((a, b), "clashes with" if clash else "booked", (clash.start, clash.end) if clash else "")
