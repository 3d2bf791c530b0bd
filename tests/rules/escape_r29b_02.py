# expect: reject store
# line: 42
# why: the red team's round 29b ok_02: an Enum member's value is the class body's own object, reached as E['A'].value (also E(v), E.__members__, a loop over E); a class now holds its body's values one item down ('(body)E', class_holds_binding), read with every read of its name
# ok_02 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.  Same channel gives any library object for
#          attribute stores (goal 3: `A = unittest.defaultTestLoader`, then
#          E["A"].value.testMethodPrefix = "x" is accepted and changes the
#          library's shared loader).
#
# Mechanism: an Enum member's .value is the class body's value itself (enum
#   keeps the object, no copy).  The member is reached NOT as the class
#   attribute `E.A` but through enum's lookups: E["A"] (EnumType.__getitem__,
#   _member_map_), E(value) (by-value lookup), iteration (list(E)[0],
#   `for m in E`).  E["A"].value is the real sys.argv; appending
#   "logging.os.environ" makes unittest.main(exit=False) resolve that dotted
#   name from __main__ and print os.environ in its TypeError.
#
# Why the checker missed it: analyzer/stores.c alias_roots() links a member's
#   value to the class body's value only for the spelling `E.A.value` /
#   `E.A._value_` (an attribute whose object is an attribute of the class:
#   "an enum member's value is the class body's value itself (E.A.value)").
#   `E["A"]`, `E(x)` and iterating E are a subscript, a call of the program's
#   own class (a new instance) and a loop over a program class: none leads
#   back to the body's `A = sys.argv`, so `.value` of them is taken for a new
#   object and the append is a store into the program's own list.
#   Control: `E.A.value.append(...)` is refused (rule store).  Also accepted:
#   `E(Key([0])).value` with Key a tuple subclass equal to anything, and
#   `list(E)[0].value`.
import enum
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class E(enum.Enum):
    A = sys.argv


names = E["A"].value
print("E['A'].value is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
