# expect: reject store
# line: 41
# why: the red team's round 25f ok_01 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__; also writes
#   keyword.kwlist and logging's loggerDict (lower tier: getLogger("victim") answers Fake()).
# mechanism: the container CLASS obtained as a value through a BUILTIN that hands back one of
#   its arguments: `max(list, list, key=id)` IS list, `min(dict, dict, key=id)` IS dict. A
#   mutating method called through it writes its first argument: L.append(sys.argv, x) is
#   list.append(sys.argv, x).
# rule slipped: store, stores.c class_value_use (round 25d's fix of 25d ok_09) + SF_FIRST
#   (recv_may_be_class is asked only when s->class_values): class_value_use exempts a container
#   class that is "an argument of a library call (defaultdict(list), map(list, xs): the library
#   calls it...)", and for an identifier callee "isinstance, a builtin or an imported callable"
#   (c.other == 0 && c.classdefs == 0). But max/min (also sorted(..)[0]?, next(iter(..)), a
#   key-function builtin) HAND THE CLASS BACK. class_values stays false, so the SF_FIRST stores
#   on sys.argv / kwlist / loggerDict are dropped; the receiver L / max(...) is no container
#   class by name (container_class spells names), no class statement (class_receiver), and
#   judged SF_CALL as a clean builtin's result.
# members (accepted, working, members/m1_*.py): typing.cast(int, list), copy.deepcopy(list),
#   getattr(0, "nope", list), functools.reduce(max, (list,)), operator.getitem(dict(a=list), "a"),
#   and simplest: a def's parameter given the class BY KEYWORD, f(L=list) (keyword_argument
#   parents are exempt for any callee, the program's own functions included: m1_kw.py).
# family: "a container class reaches a receiver by a route the class-value census exempts"
#   (25d ok_09: alias, display item; here: a builtin returning its argument). Principle: the
#   exemption must list the callees that provably do NOT hand the class back (isinstance,
#   issubclass, defaultdict, map's function slot ...), not every builtin/imported callable; or
#   judge SF_FIRST on EVERY mutating-method call whose receiver is not provably an instance
#   (drop the class_values gate).
import keyword
import logging
import sys
import unittest


class Fake:
    pass


L = max(list, list, key=id)
L.append(sys.argv, "logging.os.environ")
max(list, list, key=id).append(keyword.kwlist, "pwned")
D = min(dict, dict, key=id)
D.update(logging.Logger.manager.loggerDict, victim=Fake())
print(sys.argv, keyword.kwlist[-1], logging.getLogger("victim"))
unittest.main(exit=False)
