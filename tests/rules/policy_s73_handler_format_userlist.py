# expect: reject memory
# line: 11
# why: the cost of round 105's judgement of defs named like str methods: a StreamHandler's format override beside a UserList subclass (a library comparer that iterates what it holds) is judged as str.format and refused
import logging
import sys
from collections import UserList


class Tagged(logging.StreamHandler):
    def format(self, record):
        return "[tag] " + super().format(record)


class Lines(UserList):
    def keep(self, line):
        self.data = self.data + [line]


h = Tagged(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("benign22u")
log.addHandler(h)
log.warning("hello")
kept = Lines()
kept.keep("one")
print(kept.data)
