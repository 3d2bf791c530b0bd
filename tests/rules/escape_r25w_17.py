# expect: reject store
# line: 28
# why: the red team's round 25w ok_17 (its header below): functools.partial(wrap) as a decorator is wrap's product: only decorators known to keep the signature count as calls of the def
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it (the TypeError message prints environ({...})).
# mechanism: a CLASS DECORATOR applied through functools.partial: @functools.partial(wrapclass) makes K
#   the factory make(a, b), which calls the class as c(b, a): K(0, sys.argv) runs __init__(self,
#   x=sys.argv, y=0). Control d01 (the same with a plain @wrapclass) is refused.
# rule slipped: store (class_call maps K(0, sys.argv) onto __init__ positionally: the class statement's
#   decorator is a call of a module attribute, which wk_is_library_decorator takes for the library's,
#   so the name K is taken for the class itself, not for what the program's wrapclass returned).
# family/principle: as ok_05 (library-decorator exemption too wide: functools.partial(program callable)).
import functools
import logging
import sys
import unittest


def wrapclass(c):
    def make(a, b):
        return c(b, a)
    return make


@functools.partial(wrapclass)
class K:
    def __init__(self, x, y):
        x.append("logging.os.environ")


K(0, sys.argv)
print(sys.argv)
unittest.main(exit=False)
