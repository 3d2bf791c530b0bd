# expect: reject store
# line: 12
# why: round 28d family: a logger's name set by an attribute store reaches every record it makes
import logging
import sys


class Grab:
    level = 0

    def handle(self, record):
        record.name.append("logging.os.environ")


log = logging.getLogger("app")
log.name = sys.argv
log.addHandler(Grab())
log.warning("hello")
print(sys.argv)
