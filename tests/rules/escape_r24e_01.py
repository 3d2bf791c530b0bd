# expect: reject store
# why: the red team's round 24d ok_01: goal: prints os.environ (serious: unittest.main(exit=False) resolves "logging.os.environ" appended to sys.argv)
# line: 21
# goal: prints os.environ (serious: unittest.main(exit=False) resolves "logging.os.environ" appended to sys.argv)
# mechanism: for f in [box.pop]: f() is lst (box = [lst]); f().append(sys.argv) puts sys.argv into lst.
# rule slipped: store. The round-24b closure for bound methods kept in a name (analyzer/stores.c,
#   the EV_VALUE branch of the binding code: `else if (iter == 0 && <value is an attribute>)
#   alias_roots(returns_key(name), <the attribute's object>, any)`) only fires for a plain
#   `NAME = R.m` binding (iter == 0, value an attribute node). A name bound to R.m by a for target
#   (iter > 0), a match capture, a with target, or a function parameter (the argument is mapped to
#   the parameter, never to "()f") gets no link from "()f" to R; "()f" is then unfed and
#   returns_fed drops it, and callee_aliases' "(via)f"/ESC_RET covers only escaping defs. So f()
#   is linked to nothing R holds and the store through it lands in a key lst never reads.

import sys
import unittest

lst = []
box = [lst]
for f in [box.pop]:
    f().append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
