# expect: reject store
# line: 12
# why: ABC beside logging.Handler: the Handler base still calls self.filter with records holding what was logged (sys.argv), so the class is no program-only class
import logging
import sys
from abc import ABC


class H(ABC, logging.Handler):
    def __init__(self):
        super().__init__()
        self.filter = lambda r: r.args[0].append("--pwned") or True

    def emit(self, record):
        pass


log = logging.getLogger("x")
log.addHandler(H())
log.warning("%s", sys.argv)
print(sys.argv)
