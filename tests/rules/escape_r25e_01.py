# expect: reject store
# line: 46
# why: the red team's round 25e ok_01 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (the
#   environment is printed in unittest's TypeError message).
# mechanism: `tuple[0:1]` at module level is the BUILTIN tuple's generic alias tuple[slice(0, 1)];
#   `tuple[0:1] == tuple[P()]` compares the args, slice.__eq__(P()) answers NotImplemented, so
#   P.__eq__(o) runs with o = the slice and raises LookupError(o). The program binds
#   `tuple = [0]` at MODULE level -- but only AFTER the read.
# rule slipped: store via slices.c exact_sequence (identifier branch) + reaches_binding (round
#   25d's fix of 25d ok_05): wk_sole_assignment("tuple") finds the one module-level
#   `tuple = [0]`, reaches_binding says yes (a module-level binding reaches every read) -- it
#   checks SCOPE, not TIME. At run time the read precedes the assignment, so it is the builtin
#   class. colon_written calls tuple[0:1] exact (a list drops the slice), no maker/item-dunder word
#   (__eq__/__hash__ only) -> wk_slice_objects "no slice objects"; key_of_root counts box[s] as one
#   level: box[0][0] is clean. `list` is refused (class_value_use: list is a container class used
#   as a value) but tuple, enumerate and frozenset (all with __class_getitem__, none a
#   CONTAINER_CLASS) are accepted and work (members/a_enumerate.py, members/a_frozenset.py).
# family: "a name judged by its one binding, not by what the read reaches at run time" (25d ok_05,
#   ok_08). Principle: a name that is also a BUILTIN is never "bound once" for exact_sequence (any
#   read may come before the binding, or after a `del`); more generally only displays/literals
#   written in place are exact, or the binding must dominate the read (same block, earlier
#   statement, no loop back-edge), which a syntax checker should not try.
import logging
import sys
import unittest


class P:
    def __eq__(self, o):
        raise LookupError(o)

    def __hash__(self):
        return 0


s = None
try:
    print(tuple[0:1] == tuple[P()])
except LookupError as e:
    s = e.args[0]
print(s)
tuple = [0]
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
