# expect: reject store
# line: 36
# why: the red team's round 25d ok_08 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: a def holds a LOCAL `class max: pass` (never called). At module level `max` is still
#   the BUILTIN: max([sys.argv]) IS sys.argv, and .append(...) writes it. Members, each alone
#   accepted and working (variants): `class list` + `list([sys.argv])[0]`, tuple, sorted,
#   min, `class next`/`class iter` + `next(iter([sys.argv]))`, `next(reversed([sys.argv]))`.
# rule slipped: store, stores.c fresh_instance_call (round 25 precision: "a call of a class of the
#   program that makes its own instances ... hands back a new instance linked to no argument"):
#   it takes wk_take_census(w, "max") over the WHOLE program -- one class statement, no other
#   binding -- and never checks that the call's name resolves to that class statement's scope.
#   The module-level read is the builtin, but the call is judged a fresh program instance, so
#   its argument's parts are never linked to the result and the append is a store on a clean
#   value. (Without the local class, `max([sys.argv]).append(...)` is refused.)
# family: "a name judged by its program-wide census, not by the scope the read resolves to"
#   (same as ok_05, exact_sequence's wk_sole_assignment, and ok_06's class-body loop). Principle:
#   every "the name is bound once / only by X" proof must be made on the READ's resolved variable
#   (binding_key / scopes.c), and a builtin name must count as bound at module level (so any
#   binding of a builtin's name in an inner scope leaves outer reads the builtin's).
import logging
import sys
import unittest


def g():
    class max:
        pass

    return max


r = max([sys.argv])
print(r is sys.argv)
r.append("logging.os.environ")
unittest.main(exit=False)
