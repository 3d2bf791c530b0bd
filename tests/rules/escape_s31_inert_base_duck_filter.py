# expect: reject store
# line: 11
# why: an ABC-based instance handed to addFilter: filter is a duck hook the library calls by name, judged whatever the class's bases
import logging
import sys
from abc import ABC


class F(ABC):
    def __init__(self):
        self.filter = lambda r: r.args[0].append("--pwned") or True


log = logging.getLogger("x")
log.addFilter(F())
log.warning("%s", sys.argv)
print(sys.argv)
