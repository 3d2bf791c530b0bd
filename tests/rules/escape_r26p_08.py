# expect: reject store
# line: 36
# why: the red team's round 26p ok_08 (its header below): an applied methodcaller("m")(X) is X.m(...): a callable bound under m otherwise than by a def so named (a class body's alias, `K.m = f`, a partial, `__call__` of a function value) answers what an unresolved call answers
# goal: prints os.environ (serious)
# mechanism: class K: __call__ = f (f returns sys.argv); methodcaller("__call__")(K()) (K()() written out is refused)
# rule slipped: store: an applied methodcaller("NAME")(X) answers elems(X) | attr_mask(NAME) | returns_mask(NAME):
#   returns_mask only knows defs whose OWN name is NAME. A callable bound under NAME that is not a def named NAME
#   (class-body alias `g = f`, `g = h` of a method, `__call__ = f`, a functools.partial value as class attribute)
#   is reached by methodcaller("NAME") but its return is never joined into the result. The same reads written
#   out -- K.g(), K()(), attrgetter("g")(K)(), methodcaller("__call__")(partial_value) -- ARE refused.
# family MRET ("what methodcaller hands back is what the callable it reaches returns"): the complement of 26n (MC,
#   arguments -> parameters of every function the name may find) and 26o (MR, result <- extra arguments):
#   result <- RETURN of every callable the name may find. 26n already finds "every function value the name may
#   find" (methodcaller_events); its return masks are not joined into the call result.
# principle: methodcaller("NAME", ...)(X) returns what any callable the name may reach returns: join the mask the
#   checker gives X.NAME(...) written out (it already refuses K.g()), i.e. evaluate the applied methodcaller as the
#   call expression it abbreviates; deny by default: when NAME is bound to anything but a def named NAME, the
#   result may come from a module whenever that binding's value or any function return may.
# verify: safe-exec-check -> exit 0; python3 THIS -> argv gains the name; TypeError: don't know how to make test from: environ({...})
import functools
import logging
import operator
import sys
import unittest


def f(*a):
    return sys.argv


class K:
    __call__ = f


v = operator.methodcaller("__call__")(K())
v.append("logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
