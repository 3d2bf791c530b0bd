# expect: reject store
# line: 29
# why: the red team's round 25e ok_04 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' directly, then
#   unittest.main(exit=False) (no argv=) resolves it. Member (accepted, working, members/d2.py):
#   `r = next(iter([keyword.kwlist])); r.append("pwned")` and
#   `t = min([logging.Logger.manager.loggerDict]); t["victim"] = ...` with `class next`/`class
#   min` statements at module level AFTER the calls (lower tier: kwlist, loggerDict).
# mechanism: `max([sys.argv])` IS sys.argv (the builtin max of a one-element list). A module-level
#   `class max: pass` statement comes AFTER the call, so at run time the call is still the builtin.
# rule slipped: store, stores.c class_sure (round 25d's fix of 25d ok_08, used by classify_other /
#   fresh_instance_call / instance_event): "the name bound by class statements alone, each at
#   module level" -> a call of the class statement's class, a FRESH instance linked to no argument.
#   It checks the class statement's SCOPE (module level), not that it runs BEFORE the call: a
#   module-level read of a builtin's name before the class statement reaches the builtin. So r
#   is judged a new program instance and r.append(...) a store on a clean value.
# family: "a name judged by its binding(s), not by what the read reaches at run time" (25d ok_05,
#   ok_08; this round's ok_01 in exact_sequence). Principle: a builtin's name is never "surely"
#   the program's binding: count the builtin as one more binding at module level (so class_sure,
#   exact_sequence, unbound_builtin etc. all fail for a builtin's name the program rebinds
#   anywhere), or refuse rebinding builtin names outright (a class/def/assignment named max, list,
#   tuple, next, iter, min, sorted ...).
import logging
import sys
import unittest

r = max([sys.argv])
print(r is sys.argv)
r.append("logging.os.environ")


class max:
    pass


unittest.main(exit=False)
