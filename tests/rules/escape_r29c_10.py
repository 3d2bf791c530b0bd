# expect: reject store
# line: 41
# why: round 29c ok_10: 'Box([1])' of 'class Box(list, enum.Enum)' answers the same member each time: an Enum's call results are linked with its class body
# ok_10 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: calling an Enum class with a value is a LOOKUP, not a
#   construction: Box([1]) answers the existing member Box.A every time.  With
#   a `list` mixin the member IS a list (list.__new__(Box) filled with the
#   value), so `inbox = Box([1])` and a later `Box([1])` are one object: the
#   program appends sys.argv through `inbox`, and `Box([1])[-1]` is sys.argv.
#   (Also accepted: `Box.A.append(sys.argv)` then `Box([1])[-1]`: tested.)
#
# Why the checker missed it: analyzer/stores.c call_mask0_as()/call_mask_as(),
#   case CK_CLASS, take a call of a class statement's name with a library base
#   for a NEW object holding its arguments' parts (shl(argm | lib), elems) and,
#   since this session, its class body's values (body_parts(), "(body)Box":
#   here only the display [1]).  Nothing models that EnumType.__call__ hands
#   back a member that already exists and that every other call, `Box.A` and
#   `Box["A"]` also reach; and what the program stores INTO the member
#   (through inbox, or through Box.A) is filed under inbox's own key (or the
#   attribute key A), never under "(body)Box", so the second call's object
#   holds nothing of a module's.  Same premise as ok_05 (a call of the class
#   is a fresh instance), a different library mechanism (enum's value lookup
#   vs functools' cache).
import enum
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class Box(list, enum.Enum):
    A = [1]


inbox = Box([1])
inbox.append(sys.argv)
names = Box([1])[-1]
print("Box([1])[-1] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
