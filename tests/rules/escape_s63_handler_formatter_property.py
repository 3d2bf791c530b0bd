# expect: reject store
# line: 13
# why: round 93 (red team): a StreamHandler subclass's class body bound formatter as a property whose getter returned a template; Handler.format called its format(record), str.format of text no rule read (os.environ through the record's __init__.__globals__). A class-body binding of formatter is judged as the store into self is
import logging
import sys


class H(logging.StreamHandler):
    def __init__(self):
        super().__init__(sys.stdout)

    @property
    def formatter(self):
        return "{0.__init__.__globals__[os].environ}"

    @formatter.setter
    def formatter(self, v):
        pass


log = logging.getLogger("x")
log.addHandler(H())
log.warning("hi")
