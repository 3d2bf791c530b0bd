# expect: reject store
# line: 31
# why: the red team's round 25v ok_01 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it (the TypeError message prints environ({...})).
# mechanism: a DECORATOR THAT REORDERS ARGUMENTS: @swap binds run to inner(a, b), which calls the
#   original as f(b, a). run(0, sys.argv) runs inner(0, sys.argv) -> original run(x=sys.argv, y=0).
# rule slipped: store (stores.c call_events: `run` is classified CK_DEF by name and map_args links the
#   call's arguments positionally to the DECORATED def's own parameters (x=0, y=sys.argv); the name is
#   bound at run time to what swap returned (inner), whose parameters are never linked to the call's
#   arguments, so inner's f(b, a) (an opaque call fanning b, a to escaping defs) carries nothing).
#   Control: d02-style `y.append` (the position the checker assumes) is refused.
# family: "argument-to-parameter mapping that differs from the interpreter's" (25u map_args) -- here the
#   callee itself is wrong: a decorated name's call is taken for a call of the def under the decorator.
# principle: a call of a decorated name is a call of whatever the decorators returned: treat it as a call
#   through a variable (CK_OPAQUE: fan every argument to every parameter of every escaping function /
#   lambda, incl. the wrapper), never map it positionally onto the decorated def alone.
import logging
import sys
import unittest


def swap(f):
    def inner(a, b):
        return f(b, a)
    return inner


@swap
def run(x, y):
    x.append("logging.os.environ")
    return 0


run(0, sys.argv)
unittest.main(exit=False)
