# expect: reject store
# line: 41
# why: the red team's round 29a ok_01: 'for member in Args' over an Enum class hands back the class body's sys.argv as member.value
# ok_01 -- goal 1 (prints os.environ, every variable), through the sys.argv /
#          unittest.main lever; on the way goal 3 (the program appends to sys.argv,
#          a list the sys module holds, which the store rule keeps read-only).
#
# Mechanism: enum's metaclass keeps a class-body value AS IS as the member's
#   value (Enum with no mixin: member._value_ = the very object), and hands the
#   member back by iteration over the class (EnumType.__iter__ reads
#   cls._member_map_), by lookup by value (Args(x): _value2member_map_, or, for an
#   unhashable value, a linear scan `member._value_ == value`, which a probe's
#   __eq__ answers) and by name (Args["ARGV"]).  `ARGV = sys.argv` in the class
#   body is a read of sys.argv; the member's .value is the real sys.argv.
#   unittest.main(exit=False) (argv= not given) then resolves the dotted name
#   "logging.os.environ" from __main__ with getattr and raises
#       TypeError: don't know how to make test from: environ({...})
#
# Why the checker missed it: analyzer/stores.c attr_object_aliases() links an
#   enum member's value to the class body only for the spelling E.A.value
#   ("an enum member's value is the class body's value itself (E.A.value)"):
#   `Args.ARGV.value.append(...)` IS refused (rule store).  A member reached any
#   other way -- a `for` over the enum class, Args(x), Args["ARGV"], list(Args),
#   Args.__members__ -- is not an attribute of the class name, so m.value counts
#   as a fresh value and m.value.append(...) as a store into the program's own
#   list.  (The same holds for variants: `Args(Probe()).value` with a probe
#   whose __eq__ answers True, and `Args["ARGV"].value`, both accepted.)
import enum
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class Args(enum.Enum):
    ARGV = sys.argv


for member in Args:
    names = member.value
print("an enum member's value is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
