# expect: reject store
# line: 9
# why: round 92: self.formatter set to text in a Handler subclass
import logging
T = "{0.msg.__globals__[os].environ}"
class H(logging.StreamHandler):
    def __init__(self):
        super().__init__()
        self.formatter = T
log = logging.getLogger("demo")
log.addHandler(H())
log.error(logging.getLogger)
