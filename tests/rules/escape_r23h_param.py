# expect: reject store
# why: a callable reaching addFilter through a parameter is still called with the LogRecord, whose args hold what other calls handed the library
# line: 9
import keyword
import logging


def flt(rec):
    rec.args[0].append("zz")
    return True


def install(lg, cb):
    lg.addFilter(cb)


lg = logging.getLogger("a")
install(lg, flt)
lg.warning("%s", keyword.kwlist)
print("zz" in keyword.kwlist)
