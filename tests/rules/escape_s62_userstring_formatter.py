# expect: reject method
# line: 8
# why: round 92 (red team): a UserString handed to setFormatter; the handler calls its format(record), str.format of a template no rule read, and printed os.environ
import collections
import logging

h = logging.StreamHandler()
h.setFormatter(collections.UserString("{0.msg.__globals__[os].environ}"))
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
