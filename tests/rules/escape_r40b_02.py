# expect: reject store
# line: 32
# why: round 40b ok_02: copy.deepcopy hands back an atomic value (a builtin's bound method) as it is: the copy keeps its argument's top, but for a module's list, dict or set (module-container)
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: copy.deepcopy treats builtin functions and builtin *bound methods*
#   (types.BuiltinFunctionType, which `[x].pop` is) as atomic (copy.py:
#   d[types.BuiltinFunctionType] = _deepcopy_atomic): it hands back the very same
#   bound method, whose __self__ is the program's list holding sys.argv. Calling
#   that method (pop) hands back sys.argv itself.
#
# Why the checker missed it (analyzer/stores.c, builds_new): for module copy it
#   returns true for any one-argument copy.deepcopy(x) ("a new copy ... holding its
#   arguments' parts at the same depth"). The argument `[sys.argv].pop` is a callable
#   whose CALL answers an element of its receiver (one level up), so "same depth" is
#   not enough: the copy is the callable itself, and the call of the copy is
#   taken as the call of a new, unrelated value. (The builds_new audit feeds
#   deepcopy containers and markers, never a bound builtin method.) Round 36b closed
#   iter([sys.argv].pop, None) and round 35 a namedtuple field holding it, by the
#   callee; deepcopy hides the callee behind a call the rule trusts.
#   Fix: copy.deepcopy/copy.copy of anything but a display or data is no new value
#   (atomic types: functions, builtin methods, classes, ranges, ... come back as is).
import copy
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

g = copy.deepcopy([sys.argv].pop)
names = g()
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's error message prints os.environ
