# expect: reject store
# line: 10
# why: round 96 (red team): the formatter slot's exemption for self of the program's own class asked only the name: in def put(this, self) the parameter self was a handler, whose formatter became a template (os.environ). self must be the method's own first parameter, never rebound
import logging
import sys


class Setup:
    def put(this, self):
        self.formatter = "{0.__init__.__globals__[os].environ}"


class H(logging.StreamHandler):
    pass


h = H(sys.stdout)
Setup().put(h)
log = logging.getLogger("x")
log.addHandler(h)
log.warning("hi")
