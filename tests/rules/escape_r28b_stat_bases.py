# expect: reject class_value
# line: 32
# why: round 28b family (a class held through its relatives): Sub.__bases__[0] is Ratio, a class among statistics.mean's data
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


class Sub(Ratio):
    pass


maker = statistics.mean([Odd(1), Sub.__bases__[0]])
print("statistics.mean handed back:", maker)
alias = maker(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print("copy.deepcopy handed back:", ev)
ev("print(__import__('os').popen('id').read())")
ev("print(__import__('builtins').open('/etc/passwd').read())")
ev("print(dict(__import__('os').environ))")
