# expect: reject dunder
# line: 40
# why: the red team's round 28c ok_03: Names.__mro__[1].append(sys.argv, ...) is MutableSequence.append through its class with sys.argv as self
# ok_03 -- goal 1 (prints os.environ, every variable) via goal 3 (sys.argv, the
#          sys module's list, written by a library method the program calls
#          unbound): the sys.argv / unittest.main lever with no store statement.
#
# SAME ROOT AS ok_02 (a collections.abc ABC reached as a value through a closed
#   class's __mro__), kept because a DIFFERENT RULE misses it: rule `unbound`,
#   not rule `store`.  A fix that only teaches stores.c that C.__mro__[i] may be
#   a library class leaves this one open.
#
# Mechanism: Names.__mro__[1] is collections.abc.MutableSequence.  Its mixin
#   `append(self, value)` is plain Python: self.insert(len(self), value); it does
#   not check self.  Called through the class with self = sys.argv, it inserts
#   "logging.os.environ" into the real sys.argv -- sys.argv is only an ARGUMENT
#   of the call, which the store rule reads as a read.  unittest.main(exit=False)
#   (argv= absent, so sys.argv is parsed) then resolves that dotted name from
#   __main__ with getattr and prints os.environ in its TypeError.
#
# Why the checker missed it: rule `unbound` (analyzer/names.c; README section
#   "What the checker does not close alone", closed since round 11) refuses a
#   Python method read through a library class "spelled as such (a module
#   attribute, an import, an alias, a subscript, a program subclass, cls,
#   super(C, C2), getattr with a literal, attrgetter)".  C.__mro__[i] /
#   C.__bases__[i] is not in that list: self_namespace_or_mro() allows the read on
#   a closed class (whose bases may be collections.abc ABCs, CLOSED_BASES), and
#   nothing marks the subscript's value as a library class.  The same call with
#   `collections.abc.MutableSequence.append(sys.argv, ...)` written out is refused.
import collections.abc
import logging
import sys
import unittest


class Names(collections.abc.MutableSequence):
    pass


Names.__mro__[1].append(sys.argv, "logging.os.environ")
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
