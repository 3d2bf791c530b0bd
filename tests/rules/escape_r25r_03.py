# expect: reject store
# line: 34
# why: the red team's round 25r ok_03 (its header below): enum makes a mixin's own __repr__ the members' value repr and calls it through the class with the value first: a mixin's defs prove no instance
# goal: prints os.environ (serious): sys.argv gets logging.os.environ, unittest.main(exit=False) resolves it.
# mechanism: enum's value repr. EnumType.__new__ sets classdict['_value_repr_'] = _find_data_repr_(bases),
#   which for a non-enum mixin returns the mixin's OWN plain `__repr__` function (base.__dict__['__repr__']),
#   and Enum.__repr__ calls it as `self.__class__._value_repr_(self._value_)`: through the class, with the
#   member's VALUE as first argument. Box defines __init__, so Box is the data type: Color's __repr__ is
#   reset to Enum.__repr__ (found == data type's), and `_value_ = Box(*args)` raises (self.name is an
#   AttributeError on a plain Box, not on the member, so the member's own __init__ passes) and falls back
#   to `_value_ = value`, the raw sys.argv. repr(Color.A) then runs Box.__repr__(sys.argv):
#   self.append(...) writes sys.argv.
# rule slipped: store (stores.c implicit_def / self_param_def): a dunder's first parameter is excluded as
#   a source (exclude = 1u: "the receiver") and is proved an instance; the new class_hooks/_missing_
#   list names the hooks enum looks up on a class by name, but not this one: enum reaches a mixin's
#   `__repr__` by base.__dict__ and calls it with a value first. `A = sys.argv` in an enum body is only a read.
# family: "library code calling a program's method through the class with a value of its choosing first"
#   (round 25q _missing_ / _generate_next_value_).
# principle: a def in a class that is a base (at any remove) of an Enum class is not a plain method for
#   `__repr__` (enum's _value_repr_), nor for _missing_/_generate_next_value_: its first parameter may be
#   any member value. More generally: the first parameter of ANY def of a class mixed into an enum
#   (or with any library base whose code reads `base.__dict__[...]`) takes anything.
import enum
import logging
import sys
import unittest


class Box:
    def __init__(self, v):
        print(self.name)

    def __repr__(self):
        self.append("logging.os.environ")
        return "box"


class Color(Box, enum.Enum):
    A = sys.argv


print(repr(Color.A))
print(sys.argv)
unittest.main(exit=False)
