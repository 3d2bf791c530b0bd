# expect: reject store
# why: the red team's round 24d ok_05: goal: prints os.environ (serious: unittest.main(exit=False) resolves "logging.os.environ" appended to sys.argv)
# line: 32
# goal: prints os.environ (serious: unittest.main(exit=False) resolves "logging.os.environ" appended to sys.argv)
# mechanism: class C: pass, then for C in [box.pop]: pass -- C() is box.pop(), i.e. lst, not a fresh instance.
# rule slipped: store. The round-24b closure for bound methods kept in a name (analyzer/stores.c,
#   the EV_VALUE branch of the binding code: `else if (iter == 0 && <value is an attribute>)
#   alias_roots(returns_key(name), <the attribute's object>, any)`) only fires for a plain
#   `NAME = R.m` binding (iter == 0, value an attribute node). A name bound to R.m by a for target
#   (iter > 0), a match capture, a with target, or a function parameter (the argument is mapped to
#   the parameter, never to "()f") gets no link from "()f" to R; "()f" is then unfed and
#   returns_fed drops it, and callee_aliases' "(via)f"/ESC_RET covers only escaping defs. So f()
#   is linked to nothing R holds and the store through it lands in a key lst never reads.
#   Same family with a class name: C has a class statement AND a for-target binding (so C() is
#   not taken as a fresh instance: with `for C in [mk]`, mk a def returning lst, it is refused),
#   but the for-target's bound-method value is still never linked to "()C".

import sys
import unittest

lst = []
box = [lst]


class C:
    pass


for C in [box.pop]:
    pass
C().append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
