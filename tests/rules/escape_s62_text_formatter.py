# expect: reject method
# line: 13
# why: round 92, found fixing the red team's: plain text handed to setFormatter is formatted the same way
import logging, collections
T = "{0.msg.__globals__[os].environ}"
F = logging.Formatter("%(levelname)s %(message)s")
class S(str):
    pass
class Mine:
    def format(self, record):
        return record.getMessage().upper()
h = logging.StreamHandler()
h.setFormatter(T)
log = logging.getLogger("demo")
log.addHandler(h)
log.error("hello")
