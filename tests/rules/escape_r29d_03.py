# expect: reject store
# line: 54
# why: round 29d ok_03: 'E((Probe(),))[0]' of 'class E(tuple, Enum): A = (sys.argv,)': an Enum's call answers a member holding the body value's parts where they lie (body_parts takes elems)
# ok_03 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# SAME LIBRARY FAMILY AS ROUND 29a ok_01 (enum's member table), but a NEW
#   CHECKER ROOT: it passes the round-29 fix itself (commit 20bf8b2,
#   class_holds_binding/body_parts), which is off by one container level for
#   an Enum with a data-type mixin.
#
# Mechanism: in `class E(tuple, enum.Enum): A = (sys.argv,)` the member E.A is
#   NOT an object holding the body value (as a plain Enum member holds it in
#   .value): it IS a tuple (a tuple subclass, E) built from the body value, so
#   E.A[0] is sys.argv.  Looked up by value, E((Probe(),)) -- the value is
#   unhashable, so EnumType falls back to a linear scan
#   `member._value_ == value`, which the probe's __eq__ answers -- hands back
#   that member, and E((Probe(),))[0] is the real sys.argv.  The program
#   appends "logging.os.environ"; unittest.main(exit=False) resolves that
#   dotted name from __main__ and prints os.environ in its TypeError.
#
# Why the checker missed it: analyzer/stores.c class_holds_binding() keys a
#   class body's values under "(body)E" ONE ITEM DOWN (the class holds them),
#   and call_mask0_as()/call_mask_as() case CK_CLASS add body_parts() =
#   mask(E) & ~M_TOP for a call of the class: the instance is taken to hold
#   the body's values at the class's depth, i.e. two items down from the body
#   value's own parts.  A member of a mixin Enum is the body value itself (one
#   level up from that), so E(v)[0] -- sys.argv at depth 0 -- is judged as
#   depth 1, a new part.  The other spellings are read through elems() and
#   happen to land right: E.A[0], E["A"][0], `for m in E: m[0]`, list(E)[0][0],
#   `names, = E.A`, E.A.value[0], max(E)[0] are all refused (rule store).
#   (For a plain Enum, E(Probe()).value.append(...) is refused too: only the
#   mixin member's own items are off.)
import enum
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class Probe:
    def __eq__(self, other):
        return True

    __hash__ = None


class E(tuple, enum.Enum):
    A = (sys.argv,)


names = E((Probe(),))[0]
print("E((Probe(),))[0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
