# expect: reject store
# line: 36
# why: round 29c ok_04: an Enum member bound by a match capture in the class body: captures are class-body bindings too
# ok_04 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: an Enum keeps a class-body value as the member's value (round 29a
#   ok_01, 29b ok_02); here the body binds the member by a MATCH CAPTURE:
#   `match sys.argv: case A: pass` in the class body binds A = sys.argv in the
#   class namespace, which EnumType turns into the member E.A whose .value is
#   the real sys.argv.  E["A"] (EnumType.__getitem__) hands the member back.
#
# Why the checker missed it: the round-29b fix, analyzer/stores.c
#   class_holds_binding() ("any binding form: an assignment, an unpacking, a
#   loop, a walrus, an except alias"), is called only from bind_targets_up().
#   Match captures are bound by bind_captures()/capture_aliases(), which never
#   call it, so "(body)E" does not hold sys.argv, body_mask() adds nothing to
#   `E[...]`, and `.value` of the member counts as the program's own value.
#   (A `with ... as A` in the body IS linked: refused.)  Control: `K.A` for a
#   plain class bound the same way is refused (it follows the name key A).
import enum
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class E(enum.Enum):
    match sys.argv:
        case A:
            pass


names = E["A"].value
print("E['A'].value is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
