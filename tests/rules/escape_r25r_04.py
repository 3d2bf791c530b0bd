# expect: reject store
# line: 21
# why: the red team's round 25r ok_04 (its header below): the same value repr reached through super().__repr__() in a mixin method
# goal: prints os.environ (serious), as ok_03.
# mechanism: as ok_03 without the data-type trick: Box (no __init__/__new__) is a plain mixin, so the
#   member's _value_ is the raw value sys.argv and Color's __repr__ stays Box.__repr__; Box.show's
#   zero-argument super() (bound to the member, MRO Color, Box, Enum) reaches Enum.__repr__, which calls
#   `self.__class__._value_repr_(self._value_)` = Box.__repr__(sys.argv).
# rule slipped: store: as ok_03 (a dunder's first parameter is taken as the receiver); zero-arg super()
#   in a plain method is proved bound (it is, to the member), but what Enum.__repr__ then does with the
#   mixin's own __repr__ is out of sight.
# family/principle: as ok_03.
import enum
import logging
import sys
import unittest


class Box:
    def __repr__(self):
        self.append("logging.os.environ")
        return "box"

    def show(self):
        return super().__repr__()


class Color(Box, enum.Enum):
    A = sys.argv


print(Color.A.show())
print(sys.argv)
unittest.main(exit=False)
