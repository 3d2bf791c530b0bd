# expect: reject memory
# line: 40
# verified: under the image's python3.11 (3.11.2) the pair's first item is a list the source
#   never yielded (['not from the source']); 3.11.7 prints ([2], [4])
# Mechanism: gh-109786, as escape_r8_memory_04.
# This member: a star import of itertools binds pairwise; the object is an argument of a
#   program function that consumes it (a call, but not one of list/tuple/sorted).
# Checker before the rule: exit 0 (accepted)
from itertools import *


class Source:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            next(held[0], None)
            taken.append(["not from the source"])
        if self.n > 6:
            raise StopIteration
        return [self.n]


def show(it):
    held.append(it)
    shown = []
    for pair in it:
        shown.append(repr(pair))
        del pair
    return "\n".join(shown)


taken = []
held = []
print(show(pairwise(Source())))
