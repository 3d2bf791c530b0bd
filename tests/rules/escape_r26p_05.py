# expect: reject store
# line: 35
# why: the red team's round 26p ok_05 (its header below): an applied methodcaller("m")(X) is X.m(...): a callable bound under m otherwise than by a def so named (a class body's alias, `K.m = f`, a partial, `__call__` of a function value) answers what an unresolved call answers
# goal: prints os.environ (serious)
# mechanism: f returns [sys.argv]; methodcaller("g")(K)[0] (the return reached at depth 1)
# rule slipped: store: an applied methodcaller("NAME")(X) answers elems(X) | attr_mask(NAME) | returns_mask(NAME):
#   returns_mask only knows defs whose OWN name is NAME. A def bound under another name (class-body alias
#   `g = f`, an outside store `K.g = f`) is reached by methodcaller("g") but its return is never linked to the
#   result. The direct call K.g() IS refused (f01), as is attrgetter("g")(K)() and a lambda/staticmethod in the
#   class body: only methodcaller by name through a def alias misses.
# family MRET ("what methodcaller hands back is what the method it reaches returns"): the complement of 26n (MC,
#   arguments -> parameters of every function the name may find) and 26o (MR, result <- extra arguments):
#   result <- RETURN of every function the name may find. 26n already computes "every function value the name may
#   find" (methodcaller_events); its return masks are not joined into the call result.
# principle: methodcaller("NAME")(X) returns what any function value the name may reach returns: join
#   returns of every def/lambda bound (anywhere: class body alias, attribute store, staticmethod, escaping value)
#   under NAME, as K.g() already does; deny by default: if NAME is bound to anything but a def named NAME, the
#   result is "may come from a module" whenever any such function return may.
# verify: safe-exec-check -> exit 0; python3 THIS -> argv gains the name; TypeError: don't know how to make test from: environ({...})
import logging
import operator
import sys
import unittest


def f():
    return [sys.argv]


class K:
    g = f


v = operator.methodcaller("g")(K)[0]
v.append("logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
