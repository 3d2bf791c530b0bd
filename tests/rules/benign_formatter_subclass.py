# expect: accept
# why: a class deriving from logging.Formatter, bound once by its class statement, called directly with '%' style arguments (super().__init__ judged the same way), its format and formatTime overrides program code, and a subclass of it

import logging
import sys


class ShortFormatter(logging.Formatter):
    def __init__(self, datefmt=None):
        super().__init__("%(levelname).1s %(name)s: %(message)s", datefmt=datefmt)

    def format(self, record):
        text = super().format(record)
        return text if len(text) < 60 else text[:57] + "..."


class UtcFormatter(ShortFormatter):
    def formatTime(self, record, datefmt=None):
        return "T"


class PlainFormatter(logging.Formatter):
    pass


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(ShortFormatter())
other = logging.StreamHandler(sys.stdout)
other.setFormatter(UtcFormatter("%H:%M"))
third = logging.StreamHandler(sys.stdout)
third.setFormatter(PlainFormatter("%(asctime)s $ %(message)s", datefmt="%H"))
log = logging.getLogger("demo")
log.addHandler(handler)
log.addHandler(other)
log.addHandler(third)
log.warning("short and plain")
