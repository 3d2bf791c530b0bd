# expect: reject store
# line: 11
# why: round 93's family: formatter bound to text in a handler subclass's body (an instance whose own formatter is deleted finds it)
import logging
import sys

T = "{0.__init__.__globals__[os].environ}"


class A(logging.StreamHandler):
    formatter = T

    def __init__(self):
        super().__init__(sys.stdout)
        del self.formatter


log = logging.getLogger("x")
log.addHandler(A())
log.warning("hi")
