# expect: accept
# why: eleventh red team (11a), family H: copy hooks returning the program's own objects, and library subclasses holding their own values under their own names, stay allowed

import collections
import copy
import logging
import sys


class Lower(collections.UserDict):
    def __copy__(self):
        fresh = Lower()
        fresh.data = dict(self.data)
        return fresh


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    def __deepcopy__(self, memo):
        return self


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []
        self.formatter = logging.Formatter("%(message)s")

    @property
    def count(self):
        return len(self.lines)

    def emit(self, record):
        self.lines.append(record.getMessage())


class Echo(logging.StreamHandler):
    def __init__(self):
        super().__init__(sys.stdout)


d = Lower({"a": 1})
e = d.copy()
e["b"] = 2
n = Node(1)
print(copy.deepcopy([n])[0] is n, dict(d), dict(e))
log = logging.getLogger("demo")
h = Collect()
log.addHandler(h)
log.addHandler(Echo())
log.warning("hello")
print(h.count, h.lines)
