# expect: reject store
# line: 39
# why: round 29c ok_11: a contextmanager's product keeps the call's arguments as .args: a decorated def's call may hold its arguments
# ok_11 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: a def under bare @contextlib.contextmanager is replaced by a
#   helper whose call returns _GeneratorContextManager(func, args, kwds): the
#   manager KEEPS the call's arguments as public attributes .args and .kwds
#   (the generator is only made from them).  `cm(sys.argv).args[0]` is
#   sys.argv itself; `cm(x=sys.argv).kwds["x"]` too (tested, accepted).
#
# Why the checker missed it: analyzer/stores.c call_mask0_as()/call_mask_as(),
#   case CK_DEF, answer a call of a decorated def with "returns_mask_at(name)
#   | what any escaping function returns" (this session's change: `spread(
#   hook(s, 0, H_ESC))`): the product is modelled as a wrapper that returns
#   what some function returns, never as an object that HOLDS its call's
#   arguments; and own_product_decorators() lists contextmanager as "a new
#   wrapper ... no module object".  The def here returns (yields) 0, no
#   function of the program returns a module's value, so `.args[0]` of the
#   call counts as the program's own.  (rules/README.md knows `.kwds` of a
#   contextmanager for the **kwargs-keys rule, keywords_written(), not for the
#   store rule.)  The 29b and 28f binaries accept it too: not new in this
#   session, but the session's CK_DEF comment states the premise that misses it.
import contextlib
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


@contextlib.contextmanager
def cm(*a):
    yield 0


names = cm(sys.argv).args[0]
print("cm(sys.argv).args[0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
