# expect: reject memory
# line: 9
# verified: under the image's python3.11 (3.11.2) the second pair is [[4], [4]]: its first item
#   is a freed list whose memory a later list took; 3.11.7 (fixed) prints [[2], [4]]
# Mechanism: gh-109786, as escape_r8_memory_04.
# This member: pairwise imported under another name, the object reached through an
#   map object that holds it: the source re-enters through next() of the map.
# Checker before the rule: exit 0 (accepted)
from itertools import pairwise as adjacent


class Source:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            next(listed, None)
            taken.append(["not from the source"])
        if self.n > 6:
            raise StopIteration
        return [self.n]


taken = []
listed = map(list, adjacent(Source()))
shown = []
for item in listed:
    shown.append(repr(item))
    del item
print("\n".join(shown))
