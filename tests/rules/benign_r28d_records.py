# expect: accept
# why: round 28d look-alike: a handler of the program's reading a record's level name, logger name and message, with a level name added and a child logger
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(f"{record.levelname}:{record.name}:{record.getMessage()}")


logging.addLevelName(25, "NOTICE")
log = logging.getLogger("billing")
log.setLevel(logging.DEBUG)
handler = ListHandler()
log.addHandler(handler)
log.log(25, "invoice %s sent", 42)
log.info("done")
child = log.getChild("tax")
child.warning("rate %.2f", 0.2)
print("\n".join(handler.lines))
