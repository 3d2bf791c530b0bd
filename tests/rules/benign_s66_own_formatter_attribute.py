# expect: accept
# why: the honest neighbour of round 96's cases: a class of the program's own names an attribute formatter on self in a method called bound, and hands a handler logging.Formatter(...)
import logging
import sys


class Report:
    def __init__(self, title):
        self.formatter = 10
        self.title = title

    def line(self, value):
        return str(value).rjust(self.formatter)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("report")
log.addHandler(handler)
r = Report("totals")
log.warning(r.line(42))
