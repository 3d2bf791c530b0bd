# expect: accept
# why: family X look-alike: a Handler subclass keeps its own list (self.records, a name no library class
#   holds) and appends to it; a logger the program names (__name__, "myapp.db") is its own:
#   setLevel, propagate = False, disabled are stores on it, not through it.
import logging


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
        self.seen = 0

    def emit(self, record):
        self.seen += 1
        self.records.append(record.levelname + " " + record.getMessage())


log = logging.getLogger(__name__)
log.setLevel(logging.INFO)
log.propagate = False
h = ListHandler()
log.addHandler(h)
log.info("hello %s", "world")
log.warning("careful")
app = logging.getLogger("myapp.db")
app.propagate = False
app.disabled = False
print(h.records, h.seen)
