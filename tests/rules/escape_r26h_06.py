# expect: reject store
# line: 31
# why: the red team's round 26h ok_06 (its header below): a name bound once to a new value holds only what its binding gave it while every other occurrence only reads the object; any use that may make another name for it (an alias, a parameter, a display, an attribute, a return, a call but a reading builtin's) may fill it unseen
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: h = {}; class P: d = h; P.d[0] = run; es.callback(operator.getitem(h, 0), sys.argv).
# rule slipped: store: the alias is a class attribute (P.d); the item store's container is an attribute, not the name h.
# family Q: "a name is filled only through itself": maybe_function (stores.c) judges an identifier by its
#   sole assignment (`h = {}` -> an empty display -> "no function") unless name_filled(h) finds an item/slice
#   store or a mutating call written ON THAT NAME. A second name for the same object (`g = h`) is not asked:
#   `g[0] = run` fills h behind its back. The store pass itself has alias tracking (EV_ALIAS, "plain aliases"),
#   but maybe_function/name_filled is purely syntactic per name. A subscript store is no call, so run is never
#   "handed to library code" either (contrast `g.append(run)`, which taints run's params as a library-call arg).
#   operator.getitem(h, 0) is a module callee: "what it returns may be what it was handed" -> asks h -> "no function".
# principle: "what a name holds" must come from the same alias-closed facts the store pass already computes:
#   name_filled(h) must be true when ANY name/attribute/item that may alias h (the EV_ALIAS partners of h, and h
#   reached as an element of a display, a program def's parameter it is passed to, or a def's return) is a store target or mutating receiver; or,
#   simpler and default-deny, a name bound to a MUTABLE display ({} [] set()) or a library container constructor
#   that is ever read as a value other than as a receiver of a non-mutating method is "maybe function".
# verify: the checker THIS -> exit 0; python3 THIS -> sys.argv gains 'logging.os.environ', then environ({...}) in unittest's TypeError.
import contextlib
import logging
import sys
import unittest
import operator
import heapq
import functools
import copy


def run(x, *a):
    x.append("logging.os.environ")
    return 0


h = {}


class P:
    d = h


P.d[0] = run
f = operator.getitem(h, 0)

es = contextlib.ExitStack()
es.callback(f, sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
