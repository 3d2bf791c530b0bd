# expect: reject store
# line: 19
# why: round 25n's family B with a duck hook: a class a decorator handed on, given to logging as a filter, is called unbound with the record
import logging
import sys
import unittest

held = []


def reg(c):
    held.append(c)
    return c


@reg
class K:
    def filter(record):
        record.args[0].append("logging.os.environ")
        return True


log = logging.Logger("x")
log.addHandler(logging.NullHandler())
for f in held:
    log.addFilter(f)
log.warning("%s", sys.argv)
unittest.main(exit=False)
