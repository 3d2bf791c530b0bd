# expect: reject memory
# line: 13
# why: the cost of round 105's judgement of defs named like str methods: a handler's format override is judged as str.format library code may call on what it holds, and its call of its own dict's get (a callee the checker cannot see) and its counter are refused in a program whose comparisons run its code
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
