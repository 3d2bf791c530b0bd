# expect: reject store
# line: 7
# why: round 92: setattr(h, "formatter", text), judged as the store written out
import logging
T = "{0.msg.__globals__[os].environ}"
h = logging.StreamHandler()
setattr(h, "formatter", T)
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
