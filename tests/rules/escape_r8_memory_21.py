# expect: reject memory
# line: 14
# verified: under 3.11.2 it prints 'the total handed out: False reused: True': the value
#   next(c) returned is one of the ints made after it (its memory reused); SIGSEGV under
#   PYTHONMALLOC=debug
# Mechanism: as escape_r8_memory_19 (count hands its total out twice).
# This member: no operator method of the program: the step derives from fractions.Fraction, whose
#   __radd__ (Python code) reads the subclass's numerator property, which re-enters the count.
# Checker before the rule: exit 0 (accepted)
import fractions
import itertools


class Step(fractions.Fraction):
    armed = [True]

    @property
    def numerator(self):
        if Step.armed[0]:
            Step.armed[0] = False
            next(c)              # the inner call hands the running total out
        return 1


c = itertools.count((1 << 280) + 1, Step(1))
val = next(c)
keep = [(1 << 281) + i for i in range(200)]
print("the total handed out:", val == (1 << 280) + 1, "reused:", any(k is val for k in keep))
