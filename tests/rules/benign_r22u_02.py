# expect: accept
# why: super().format in a logging.StreamHandler subclass, next to a UserList subclass
#   rebinding self.data to a list it builds: every base is a resolvable name.
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
