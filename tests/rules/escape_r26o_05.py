# expect: reject store
# line: 27
# why: the red team's round 26o ok_05 (its header below): what operator.methodcaller(name, *args) answers when applied may be its arguments or hold them (`methodcaller("__call__", [L])(list)[0]` is L, dict.fromkeys's value, get's default)
# goal: prints os.environ (serious)
# mechanism: v = operator.methodcaller("__call__", [sys.argv])(list)[0] is sys.argv; v.append("logging.os.environ"); unittest.main(exit=False)
# rule slipped: store: the object methodcaller's call returns is taken for a new value; its extra argument (holding a module value) is linked to callee parameters only, never to the result
# family MR ("what methodcaller hands back holds its extra arguments"): operator.methodcaller(NAME, *args)(o) returns
#   getattr(o, NAME)(*args). Round 26n linked the extra args to the PARAMETERS of every def/lambda the name may
#   reach (methodcaller_events), and the receiver o is linked to the result (methodcaller("copy")([m])[0] and
#   ("get", 0)({0: m}) are refused) -- but the RESULT is never linked to the extra ARGUMENTS. Applied to a builtin
#   constructor or function (list, tuple, dict, iter, dict via "fromkeys") or a program class with a container
#   base (class K(list)), the result holds the args (or their elements), so it is a value that may come from a
#   module, taken for a new one. Direct K([m]), operator.call(K, [m]) and map(methodcaller(...), [K]) are refused:
#   only the methodcaller-applied call misses the link.
# principle: the result of applying a methodcaller with extra arguments (directly, or anywhere it is called) may
#   hold those arguments, their elements and their elements elements (dict(...) of pairs, fromkeys values, iter):
#   alias the call result to every extra argument at depths 0..2, as fan_arg does for callee parameters and as
#   operator.call/partial results are; deny by default: a methodcaller result with a non-literal extra argument
#   is "may come from a module" whenever any argument may.
# verify: safe-exec-check -> exit 0; python3 THIS -> argv gains the name; TypeError: don't know how to make test from: environ({...})
import logging
import operator
import sys
import unittest

v = operator.methodcaller("__call__", [sys.argv])(list)[0]
v.append("logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
