# expect: reject store
# line: 7
# why: round 92: a handler's .formatter set to text directly
import logging
T = "{0.msg.__globals__[os].environ}"
h = logging.StreamHandler()
h.formatter = T
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
