# expect: accept
# why: round 27's honest look-alikes: a library base set up by super().__init__, redirect_stdout used as a context manager, a program __deepcopy__ whose methods are called where read, statistics of numbers
# Honest look-alikes of round 27: a library base's __init__ called with the
# subclass's own self, a context manager used as one, statistics of numbers in a
# program, a __deepcopy__ answering a new Point (only ever called) and methods
# called where they are read.
import contextlib
import copy
import io
import logging
import statistics


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __deepcopy__(self, memo):
        return Point(copy.deepcopy(self.x, memo), copy.deepcopy(self.y, memo))

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
log = logging.getLogger("r27")
log.propagate = False
h = Collect()
log.addHandler(h)
log.warning("hello %s", "there")
p = copy.deepcopy(Point(3, 4))
print(buf.getvalue().strip(), h.lines, p.norm())
print(statistics.mean([1, 2, 3, 4]), statistics.variance([1.0, 2.0, 4.0]))
