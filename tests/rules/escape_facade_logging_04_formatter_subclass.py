# expect: reject module_attribute
# why: logging facade: a Formatter subclass chooses its style in super().__init__, which is judged as Formatter(...) is
# line: 10
import logging
import sys


class F(logging.Formatter):
    def __init__(self):
        super().__init__("{msg.__init__.__globals__[os].environ}", style="{")


h = logging.StreamHandler(sys.stdout)
h.setFormatter(F())
log = logging.getLogger("x")
log.addHandler(h)
log.error(logging.Formatter())
