# expect: reject memory
# line: 12
# why: round 73's core (ours): a class body's statements run in its namespace at any depth, so a `def __init__` under an `if` is the constructor a pure __eq__'s call runs; only defs written directly in the body were queued
from collections import deque

log = deque()


class Box:
    if True:
        def __init__(self, v):
            log.clear()
            self.v = v


class K:
    def __eq__(self, other):
        return Box(self).v is other


log.extend([K(), 1])
print(log.index(1))
