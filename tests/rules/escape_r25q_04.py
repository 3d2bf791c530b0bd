# expect: reject store
# line: 19
# why: the red team's round 25q ok_04 (its header below): super(C, y) is bound to y, a class there hands out the plain function; enum looks _missing_ up on the class and calls it with the value first, whatever class holds the def
# goal: prints os.environ (serious), as ok_03.
# mechanism: as ok_03, but `_missing_` is a plain def of a MIXIN class Box that is not an enum;
#   class Color(Box, enum.Enum) makes Enum's __new__ find Box._missing_ through the class and call it
#   with the value (sys.argv) as first argument.
# rule slipped: store (self_param_def/method_unbound): as ok_03; also shows a fix keyed on "a def in an
#   Enum class body" is not enough: the hook may sit in any base of an enum class at any remove.
# family/principle: as ok_03 (judge by the hook's NAME, whatever class holds the def).
import enum
import logging
import sys
import unittest


class Box:
    def _missing_(self):
        self.append("logging.os.environ")
        return None


class Color(Box, enum.Enum):
    A = 1


try:
    Color(sys.argv)
except ValueError:
    pass
print(sys.argv)
unittest.main(exit=False)
