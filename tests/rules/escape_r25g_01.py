# expect: reject store
# line: 36
# why: the red team's round 25g ok_01 (its header below)
# goal: prints os.environ (serious) -- and with 'logging.os.fork' instead, runs a NEW PROCESS
#   (top tier, ok_01f.py) -- sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__; also writes
#   keyword.kwlist and logging's loggerDict (lower tier: getLogger("victim") answers Fake()).
# mechanism: the container CLASS passed as a value BY KEYWORD to a builtin that KEEPS it:
#   dict(key=list)["key"] IS list; dict(key=dict)["key"] IS dict. L.append(sys.argv, x) is
#   list.append(sys.argv, x).
# rule slipped: store, stores.c class_value_use + class_consumer_keyword (round 25f's fix of
#   25f ok_01/ok_05): a keyword argument's class is exempt when the keyword is named key=,
#   default_factory= or type= and the callee is "the library's callable" -- any builtin
#   unbound by the program (builtin_unbound) or any module_function. The proof assumes a
#   callable given key=/type= CALLS it (sorted/max/min key=, argparse type=); but dict(),
#   types.SimpleNamespace(), functools.partial(), dict.fromkeys... STORE their keyword values
#   and hand them back. class_values stays false, so the SF_FIRST stores on sys.argv /
#   kwlist / loggerDict are dropped.
# family: "a container class reaches a receiver by a route the class-value census exempts"
#   (25d ok_09, 25f ok_01/ok_05). Principle: the keyword exemption must name the (callee,
#   keyword) PAIRS that call and drop it (sorted/min/max/list.sort key=, defaultdict
#   default_factory=), not the keyword's spelling over any library callable; or drop the
#   class_values gate and judge SF_FIRST on every mutating-method call whose receiver is not
#   provably an instance.
import keyword
import logging
import sys
import unittest


class Fake:
    pass


L = dict(key=list)["key"]
L.append(sys.argv, "logging.os.environ")
dict(type=list)["type"].append(keyword.kwlist, "pwned")
D = dict(default_factory=dict)["default_factory"]
D.update(logging.Logger.manager.loggerDict, victim=Fake())
print(sys.argv, keyword.kwlist[-1], logging.getLogger("victim"))
unittest.main(exit=False)
