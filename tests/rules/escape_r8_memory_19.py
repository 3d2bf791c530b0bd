# expect: reject memory
# line: 20
# verified: under 3.11.2 the interpreter crashes (SIGSEGV) at the first allocation
#   after next(c) returned the freed total
# Mechanism: count_nextlong (3.11, unfixed) adds the step to its running total, held borrowed,
#   and hands the old total out; a step whose __radd__ calls next() on the same count makes the
#   inner call hand the same total out first, and the program drops it: one reference for two,
#   the outer call returns a freed int.
# This member: count re-entered from its step's __radd__.
# Checker before the rule: exit 0 (accepted)
from itertools import count


class Step:
    armed = [True]

    def __index__(self):
        return 1

    def __radd__(self, other):
        if Step.armed[0]:
            Step.armed[0] = False
            next(c)              # the inner call hands the running total out; dropped
        return other + 1


c = count((1 << 280) + 1, Step())
val = next(c)
keep = [(1 << 281) + i for i in range(200)]
print("the total handed out:", val == (1 << 280) + 1, "reused:", any(k is val for k in keep))
