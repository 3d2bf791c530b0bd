# expect: reject method
# line: 18
# why: round 96 (red team): Setup.put(h) called the program's method through its class with a handler as self, and its self.formatter = template passed as a store into the program's own object; a method whose self.formatter store is exempt is called bound only
import logging
import sys


class Setup:
    def put(self):
        self.formatter = "{0.__init__.__globals__[os].environ}"


class H(logging.StreamHandler):
    pass


h = H(sys.stdout)
Setup.put(h)
log = logging.getLogger("x")
log.addHandler(h)
log.warning("hi")
