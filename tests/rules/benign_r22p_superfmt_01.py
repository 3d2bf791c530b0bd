# expect: accept
# why: super().format(...) in a method of the program's class: a handler overriding
#   format to tag its lines and one numbering them with a mixin of its own
#   (Handler.format through super()). Every class of each family has program or
#   handler bases: super().format is never str.format.
import logging
import sys


class TaggedHandler(logging.StreamHandler):
    SYMBOLS = {"DEBUG": ".", "INFO": "i", "WARNING": "!", "ERROR": "E"}

    def format(self, record):
        line = super().format(record)
        return f"[{self.SYMBOLS.get(record.levelname, '?')}] {line}"


class Counting:
    count = 0


class CountingHandler(Counting, logging.StreamHandler):
    def format(self, record):
        self.count += 1
        return f"{self.count:03d} " + super().format(record)


handler = TaggedHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
log = logging.getLogger("demo")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.info("starting")
log.warning("low disk")
counted = CountingHandler(sys.stdout)
other = logging.getLogger("demo.sub")
other.addHandler(counted)
other.propagate = False
other.error("one")
other.error("two")
