# expect: reject module_attribute
# line: 8
# why: logging.shutdown is call-only (issue 13, round 14): as a value (a thread's
#   target, a partial) it could be called with a handlerList the facade never sees
import functools
import logging

later = functools.partial(logging.shutdown, handlerList=[])
later()
