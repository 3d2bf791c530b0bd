# expect: reject class
# line: 39
# why: round 29c ok_05: '@functools.cache class Box(list)' hands every call the first instance: a library decorator over a class statement must hand the class back
# ok_05 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: functools.cache (an lru_cache with no bound) applied to a CLASS
#   memoizes its construction: Box() called twice with the same (no) arguments
#   returns the SAME instance the first call made.  With `class Box(list)`,
#   `inbox = Box()` and `Box()` later are one list: the program appends sys.argv
#   through `inbox`, and `Box()[0]` is the real sys.argv.
#
# Why the checker missed it: a call of a class whose only decorators are the
#   library's "same object / new wrapper" decorators is taken for a new
#   instance of the class (CK_CLASS in call_mask0_as: a builtin base keeps only
#   its arguments' parts), and this session's own_product_decorators()
#   (analyzer/stores.c) states the premise outright: a name under bare
#   functools.cache / lru_cache / total_ordering / dataclass / ... is "the
#   program's own def or class, or a function made for it", M_SELF dropped
#   from its decorator event (event_mask, EV_CALLEE).  The review read
#   cache/lru_cache as wrappers of DEFS, whose returns the checker gathers over
#   all calls (`@functools.cache def box(): return []` with the same two calls
#   IS refused, rule store, both lines; so is a program decorator `once` that
#   hands back one shared instance); over a CLASS the wrapper hands out a
#   SHARED instance and nothing links the two calls' objects.  Same with bare
#   @functools.lru_cache, and with the CALL forms @functools.lru_cache(None) /
#   (maxsize=None), which own_product_decorators() does not list (tested): so
#   the root is CK_CLASS taking a call of a class statement's name for a new
#   instance under any library decorator, not only the listed ones.  Note: the 29b and 28f binaries accept this
#   program too; the new code did not open it, but it now asserts the wrong
#   premise for it.
import functools
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


@functools.cache
class Box(list):
    pass


inbox = Box()
inbox.append(sys.argv)
names = Box()[0]
print("Box()[0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
