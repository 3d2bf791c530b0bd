# expect: accept
# why: subclasses of list and dict filled through super() and their
#   constructors with the program's own values, augmented assignments from a
#   generator and from pairs, and a handler subclass handing sys.stdout to its
#   library base's __init__ (kept as an attribute, not an item)
import logging
import sys


class Stack(list):
    def __init__(self, items=()):
        super().__init__(list(items))

    def push(self, x):
        super().append(x)
        return self


class Table(dict):
    pass


class Echo(logging.StreamHandler):
    def __init__(self):
        super().__init__(sys.stdout)


s = Stack([[1], [2]]).push([3])
s[0].append(10)
t = Table([("a", [1]), ("b", [2])])
t["a"].append(5)
acc = []
acc += (x * x for x in range(4))
acc.append(99)
opts = {}
opts |= [("depth", [1])]
opts["depth"].append(2)
log = logging.getLogger("r25a")
log.addHandler(Echo())
log.warning("%s %s %s %s", s, dict(t), acc, opts)
