# expect: reject store
# why: the red team's round 24f ok_26: goal: prints os.environ (serious)
# line: 30
# goal: prints os.environ (serious)
# mechanism: operator.ior(d, {"k": sys.argv}); d["k"].append("logging.os.environ").
# rule slipped: store. The receiver IS judged (mutating_method lists __iadd__/__ior__/__setitem__,
#   mutating_function lists iadd/iconcat/ior), but what the call puts in is recorded one level off:
#   analyzer/stores.c (the method-call flow before table_update's loop) sets `spread` (the argument's
#   ELEMENTS become the receiver's items) only for extend, update, extendleft and
#   symmetric_difference_update. y.__iadd__(X) / y.__ior__(X) / operator.iadd(y, X) /
#   operator.iconcat / operator.ior iterate X exactly like extend/update, and
#   y.__setitem__(slice, X) stores X's elements, yet the rule files X itself as ONE item of y. So
#   the module object M inside X is noted at y's depth 2, y[0] (which IS M) reads depth 1 = "the
#   program's list [M]", and y[0].append(...) is judged a write into a program object: a direct
#   write into M with one intermediate name, no alias chain needed. (`y += [M]` is refused: the
#   augmented-assignment mask carries the right side's parts.)
#   Family: "a spreading mutator not on the spread list" (in-place operator dunders, the operator
#   module's in-place functions, __setitem__/setitem with a slice index).
#   Principle to close: derive `spread` from the protocol, not from a list of spellings: every
#   a.__iX__(b) and operator.iX(a, b) is recorded exactly as `a X= b` / a.extend(b) / a.update(b);
#   a.__setitem__(k, v) and operator.setitem(a, k, v) exactly as `a[k] = v`, with an index that
#   is (or may be) a slice storing v's elements at BOTH depths; one table shared by the judged
#   and the recorded side, so a name cannot be "mutating" without also being "filling" correctly.

import operator
import sys
import unittest
d = {}
operator.ior(d, {"k": sys.argv})
d["k"].append("logging.os.environ")
import logging
unittest.main(exit=False)
