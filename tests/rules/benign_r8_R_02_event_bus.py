# expect: accept
# why: an event bus in a program that also logs: its emit(...) is called with string and
#   number literals only, which cannot pass for a log record, so it stays accepted
#   (the same call with a program object would be refused: a cost, rules/README.md).
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("bus")


class Bus:
    def __init__(self):
        self.seen = 0

    def emit(self, topic, **payload):
        self.seen += 1
        log.info("%s %s", topic, sorted(payload))
        return self.seen


bus = Bus()
print(bus.emit("order", item="book", qty=2))
print(bus.emit("refund", item="pen"))
print(list(filter(None, [0, 1, 2])))
