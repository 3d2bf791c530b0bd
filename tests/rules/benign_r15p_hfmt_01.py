# expect: accept
# why: round 15 (issue 13, honest14b p37): a list-capturing logging handler, the
#   testing and notebook idiom: `self.format(record)` is Handler.format in a family
#   of handler classes of the program, and the records it answers are the handler's
#   own list.
import logging
import sys

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

class Tagged(ListHandler):
    def emit(self, record):
        super().emit(record)
        self.records[-1] = "tag " + self.records[-1]

h = Tagged()
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log = logging.getLogger("audit")
log.addHandler(h)
log.propagate = False
log.error("disk %s%% full", 93)
log.warning("retry %d", 2)
print(h.records)
print("done", file=sys.stdout)
