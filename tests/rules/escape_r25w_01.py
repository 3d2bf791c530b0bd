# expect: reject store
# line: 31
# why: the red team's round 25w ok_01 (its header below): a singledispatch implementation registered in a class body is the plain function: the dispatcher calls it from its first parameter
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it (the TypeError message prints environ({...})).
# mechanism: a singledispatch implementation registered from INSIDE A CLASS BODY: `@run.register(list)`
#   over `def _(x)` in class R. register returns the plain function (no self is ever bound: the
#   dispatcher calls it directly), so run(sys.argv) runs _(x=sys.argv).
# rule slipped: store (stores.c call_events: "f(x) of a singledispatch f: its registered defs take x
#   too" maps the call with map_args(..., method_def(def) ? 1 : 0): a def in a class body is taken for a
#   method and its first parameter for the receiver, so sys.argv lands in no parameter of _).
# family: "a parameter-position offset decided by guessing the receiver kind" (25k..25u opaque_reach,
#   receiver_binding) -- here guessed from where the def sits, not from how it is called.
# principle: a singledispatch dispatcher calls its registered implementations as plain functions with
#   the dispatcher's arguments: map them at offset 0 whatever the def's place (or, for a def in a class
#   body, at both 0 and 1, as RB_UNSURE does).
import functools
import logging
import sys
import unittest


@functools.singledispatch
def run(x):
    return 0


class R:
    @run.register(list)
    def _(x):
        x.append("logging.os.environ")
        return 0


run(sys.argv)
print(sys.argv)
unittest.main(exit=False)
