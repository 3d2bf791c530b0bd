# expect: reject store
# line: 35
# why: round 39a ok_01: a def rebound to a partial (names_def asks that defs be the only bindings), a builtin bound as a dunder and called on the operands without self (dunder_any), a Random reached through a display (random's generators are library-made: makes_library_object)
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: the round-38a alias `__floor__ = P` with P = functools.partial(next,
#   iter([sys.argv])), but P is ALSO the name of a def (bound first by `def P`,
#   then rebound by the assignment). math.floor(K()) calls the partial -> sys.argv.
#
# Why the checker missed it (analyzer/stores.c, held_callable_binding):
#   for an identifier value the new code returns when
#   `plain_data_name(w, vn) || names_def(w, vn)`.  names_def() answers true if ANY
#   occurrence of the name is a def's name -- it does not ask whether that is the
#   name's only binding.  So a name bound by a def and by an assignment to a
#   callable object is "followed by its returns" (the def's `return 1`) and the
#   partial's result (sys.argv) never reaches ()__floor__ / ()__.
#   Fix: names_def should require that every binding of the name is a def
#   (e.g. a sole binding), otherwise fall through to the held-callable events.
import functools
import math
import sys
import logging
import unittest

def P():
    return 1
P = functools.partial(next, iter([sys.argv]))
class K:
    __floor__ = P

names = math.floor(K())
print("names is sys.argv:", names is sys.argv)

names.append("logging.os.environ")
unittest.main(exit=False)
