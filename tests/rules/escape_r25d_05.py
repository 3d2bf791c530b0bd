# expect: reject store
# line: 47
# why: the red team's round 25d ok_05 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: `list[0:1]` at module level is the BUILTIN list's generic alias list[slice(0, 1)]
#   (25b ok_03's keeper); `list[0:1] == list[P()]` compares the args, slice.__eq__(P()) answers
#   NotImplemented, so P.__eq__(o) runs with o = the slice and raises LookupError(o). A def
#   elsewhere binds a LOCAL `list = [0]` that the module-level read never sees.
# rule slipped: store via slices.c exact_sequence/colon_written (e43b9c6, 139de82): the
#   identifier branch ("a name bound once, to one of those") asks wk_sole_assignment(w, "list"),
#   which finds f's local `list = [0]` -- the program's one binding of that name ANYWHERE -- and
#   never checks that the read `list[0:1]` resolves to it (at module level it is the builtin
#   class). So the colon subscript is called exact (a list's C item method drops the slice), no
#   maker or item-dunder word is present (__eq__/__hash__ only), wk_slice_objects answers "no
#   slice objects", and key_of_root counts box[s] as one level: box[0][0] is clean.
# family: "exact_sequence trusts a name without its scope" (a sibling of 25c ok_02: exact_sequence
#   decides on syntax it has not resolved). Principle: the identifier branch must resolve the
#   READ's scope (binding_key / the scope's own variable) and require that the binding is in that
#   same scope (and the name is no builtin read at any other scope); or count as exact only
#   displays/literals written in place.
import logging
import sys
import unittest


def f():
    list = [0]
    return list


class P:
    def __eq__(self, o):
        raise LookupError(o)

    def __hash__(self):
        return 0


s = None
try:
    print(list[0:1] == list[P()])
except LookupError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
