# expect: reject memory
# line: 15
# why: round 73's variant (researcher A): a constructor's `del self.x` runs the class's __delattr__, which was never judged
from collections import deque

log = deque()


class Box:
    def __init__(self, v):
        self.v = v
        del self.v

    def __delattr__(self, name):
        log.clear()


class K:
    def __eq__(self, other):
        Box(self)
        return False


log.extend([K(), 1])
print(log.index(1))
