# expect: reject store
# line: 28
# why: the red team's round 26n ok_13 (its header below): the arguments given to operator.methodcaller with its name reach whatever callable the name finds, `__call__` of any function value, a class body's alias or staticmethod of a def, a store into a class: every def that may be a value and every lambda
# goal: prints os.environ (serious)
# mechanism: class K: f = staticmethod(run); operator.methodcaller("f", sys.argv)(K) (on the class)
# rule slipped: store: as ok_05
# family MC ("methodcaller hands its extra arguments to the callable it reaches"): operator.methodcaller(NAME, *args, **kw)
#   applied to o runs getattr(o, NAME)(*args, **kw). The store rule links module values to a program function's parameters
#   only for the library callers it lists as handing arguments on (operator.call, partial, starmap, ExitStack.callback...),
#   and for methodcaller only by fetched_name: a def whose OWN name is NAME gets its parameters tainted (round26n t1 is
#   refused). Anything else methodcaller reaches under NAME is never linked: "__call__" on any function or lambda value,
#   a class-body alias `f = run`, `f = staticmethod(run)`, `K.f = run`, a list element h[0]. The "any" taint of escaping
#   functions/lambdas does not include "may come from a module", so x.append(...) inside them is accepted.
# principle: operator.methodcaller with extra arguments is a CALLER whose callee the checker cannot name: judge its extra
#   arguments (positional and keyword) exactly as arguments handed to an opaque callback (opaque_callback): a value that
#   may come from a module refuses the call (or, deny by default, every function/lambda/bound method that escapes as a
#   value gets module-origin parameters). Equivalently: add methodcaller to the flows-through table with "all extra
#   arguments go to every escaping callable", not just to defs named NAME.
# verify: the checker THIS -> exit 0; python3 THIS -> argv gains the name; TypeError: don't know how to make test from: environ({...})
import contextlib
import logging
import operator
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class K:
    f = staticmethod(run)
operator.methodcaller("f", sys.argv)(K)
print(sys.argv)
unittest.main(exit=False)
