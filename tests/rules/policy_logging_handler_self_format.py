# expect: reject format
# why: the cost of the format rule for logging: a Handler subclass calling self.format(record) (self could be a
# string handed to the method unbound, and str.format reads attributes named in it); use record.getMessage()
# line: 11
import logging


class Collect(logging.Handler):
    def emit(self, record):
        global last
        last = self.format(record)


log = logging.getLogger("x")
log.addHandler(Collect())
log.warning("hello %s", "world")
print(last)
