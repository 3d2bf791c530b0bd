# expect: accept
# why: a program that logs through its own Handler and Filter subclasses: emit and filter
#   pass on the record the library hands them (self.loud.handle(record),
#   super().emit(record), super().handleError(record)), never rebound. The handlers
#   it forwards to are kept under names no library class holds (`loud`, `rest`):
#   under a library attribute's name (`second` is datetime's) a value holding
#   a module's object at any depth is judged as given to the library (round 40a).

import logging
import sys


class Tee(logging.Handler):
    def __init__(self, first, second):
        super().__init__()
        self.loud = first
        self.rest = second

    def emit(self, record):
        if record.levelno >= logging.WARNING:
            self.loud.handle(record)
        self.rest.handle(record)


class Quiet(logging.Filter):
    def filter(self, record):
        return not record.getMessage().startswith("noise")


class Echo(logging.StreamHandler):
    def emit(self, record):
        super().emit(record)

    def handleError(self, record):
        super().handleError(record)


out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
echo = Echo(sys.stdout)
echo.addFilter(Quiet())
log = logging.getLogger("svc")
log.addHandler(Tee(out, echo))
log.setLevel(logging.INFO)
log.info("started %d workers", 3)
log.info("noise to drop")
log.warning("disk at %d%%", 91)
try:
    1 / 0
except ZeroDivisionError as err:
    log.error("division failed: %s", err)
print("done")
