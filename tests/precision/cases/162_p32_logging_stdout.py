# logging configured to stdout with a formatter (no timestamps for determinism)
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app")
db = logging.getLogger("app.db")
db.setLevel(logging.WARNING)

log.debug("starting with %d workers", 4)
log.info("config loaded: %s", {"mode": "test"})
db.info("this is filtered out")
db.warning("slow query took %.1fs", 2.5)
try:
    1 / 0
except ZeroDivisionError:
    log.error("division failed", exc_info=False)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s|%(levelname)s] %(message)s"))
audit = logging.getLogger("audit")
audit.propagate = False
audit.addHandler(handler)
audit.setLevel(logging.INFO)
audit.info("user %s logged in", "alice")
audit.critical("disk almost full")

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(record.getMessage())
lh = ListHandler()
log.addHandler(lh)
log.info("remember me")
print("records:", lh.records)
logging.shutdown()
