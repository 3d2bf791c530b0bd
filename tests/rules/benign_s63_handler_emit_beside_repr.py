# expect: accept
# why: round 61's policy case, lifted: logging's handlers are measured by the self-call
#   audit now (its recording subclass kept the base's hash, so a handler, which a
#   WeakSet holds, could be built), and no handler's repr calls emit, so a Handler
#   subclass appending in emit beside a __repr__ is judged by what library reprs call
import json
import logging


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __contains__(self, item):
        return item in (self.x, self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Base:
    def __init__(self, n):
        self.n = n
        self.log = []


class Child(Base):
    def bump(self):
        self.log.append(self.n)
        self.n += 1


class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


c = Child(1)
c.bump()
boxes = list(map(Child, [3, 4]))
boxes[0].log.append("first")
keep = Keep()
log = logging.getLogger("r6")
log.addHandler(keep)
log.warning("%s items", 3)
keep.lines.append("done")
print(c.n, c.log, boxes[0].log, keep.lines)
