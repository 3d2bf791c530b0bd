# expect: accept
# why: logging facade: basicConfig to stdout, named loggers, levels, a handler of the program's own, %- and $-style formats, extra written out
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
db = logging.getLogger("app.db")
log.info("starting %d workers", 3)
db.debug("hidden")
db.setLevel(logging.DEBUG)
db.debug("shown: %s", {"rows": 2})


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(f"{record.levelname}|{record.user}|{record.getMessage()}")


c = Collect()
audit = logging.getLogger("audit")
audit.propagate = False
audit.addHandler(c)
audit.warning("login", extra={"user": "ada"})
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("$name $user $message", style="$"))
audit.addHandler(h)
audit.error("bad %s", "thing", extra={"user": "bob"})
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("division failed: %s", e, exc_info=False)
print(c.lines, buf.getvalue().strip(), logging.getLevelName(logging.WARNING))
