# expect: reject store
# line: 23
# why: the red team's round 25m ok_09 (its header below): the receiver of x.m may be the class itself (a call, a loop name, a parameter, a classmethod's first parameter, super() in a classmethod, a class handed to the library as a filter), whose plain def then takes the first argument as its first parameter
# goal: prints os.environ (serious): sys.argv gets logging.os.environ, unittest.main resolves it.
# mechanism: log = logging.Logger("x") (a fresh logger); log.addFilter(K) with K a CLASS whose body has a plain def filter(record); log.warning("%s", sys.argv) -> K.filter(record) -> record.args[0].append(...).
# rule slipped: store (stores.c duck_hook_events): for a def named like a library hook (filter,
#   handle, format, log, startTest ...) in a class body it links the library's values (a LogRecord,
#   whose args hold what the program logged) to parameters from receiver_binding == RB_BOUND ? 1 : 0,
#   i.e. it assumes the library calls the hook on an INSTANCE. logging.Filterer.filter calls
#   f.filter(record) on whatever was added -- addFilter(K), the CLASS, makes K.filter a plain
#   function and record its first parameter. record.args[0] is sys.argv, and append passes.
# family: as ok_01 (a parameter offset from the receiver kind assumed, here by the library hook
#   model). Principle: a hook def is reached with offset 1 only if every object the program hands
#   to the library is a proved instance; handing a class (a bare class name as a value to
#   addFilter/addHandler/setFormatter/...) must link from parameter 0 -- or refuse classes there.
import logging
import sys
import unittest


class K:
    def filter(record):
        record.args[0].append("logging.os.environ")
        return False


log = logging.Logger("x")
log.addFilter(K)
log.warning("%s", sys.argv)
print(sys.argv)
unittest.main(exit=False)
