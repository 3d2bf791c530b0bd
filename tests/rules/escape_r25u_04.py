# expect: reject store
# line: 14
# why: the red team's round 25u ok_04 (its header below): a getattr with a name computed whole fetches a bound method only from a receiver proved an instance (the class's getattr hands out the plain function)
# goal (lower tier): mutates logging's root logger (root.disabled = True silences all logging).
# mechanism: as ok_01: getattr(A, k) over literal names is the plain function A.off; off(a=root logger)
#   sets a.disabled. The checker takes `a` for the receiver (an instance of A), not the caller's argument.
# rule slipped: store (attribute store on `a`; opaque_reach computed_fetch => bound).
# family/principle: as ok_01.
import logging


class A:
    def off(a):
        a.disabled = True
        return 0


for k in ("off",):
    getattr(A, k)(logging.getLogger())
print("root disabled:", logging.getLogger().disabled)
