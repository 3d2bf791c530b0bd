# expect: reject store
# line: 25
# why: the red team's round 26m ok_06 (its header below): a reader by name (attrgetter, itemgetter, methodcaller) handed on returns whatever the object binds, holds or answers under that name; an instance holds what its class's methods store into its attributes when code reads them by name
# goal: prints os.environ (serious)
# mechanism: for t in [K]: t.f = [run] (a loop target names the class)
# rule slipped: store (maybe_function of the callback's argument -> false): classes_written: object `t` is no class name
# family C ('a class attribute written through any target but `CLASSNAME.attr =`'): classes_written (stores.c) scans only
#   assignment/augmented_assignment nodes whose LEFT is directly an attribute whose object is an identifier that is a
#   class name. Tuple/list targets, for targets, and any other name for the class (alias `t = K`, a loop target, a
#   def's parameter handed K) write the class unseen; instances then read the attribute through the class.
# principle: judge attribute targets, not assignment shapes, and do not key on the class's spelling: every attribute
#   target anywhere (walk all binding targets: assignment left at any nesting of pattern_list/tuple/list patterns, for
#   targets, with-as targets, del) whose object is not provably `self` of a method or a fresh instance, with a value that
#   may hold something, counts as classes_written (deny by default: an attribute store on an object of unknown origin
#   may be a store on a class).
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
    pass


h = K()
for t in [K]:
    t.f = [run]
es = contextlib.ExitStack()
es.callback(operator.getitem(operator.call(operator.attrgetter("f"), h), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
