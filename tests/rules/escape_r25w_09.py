# expect: reject store
# line: 19
# why: the red team's round 25w ok_09 (its header below): functools.partial(wrap) as a decorator is wrap's product: only decorators known to keep the signature count as calls of the def
# goal (lower tier): mutates logging's root logger (root.disabled = True silences all logging).
# mechanism: as ok_05: off(0, logging.getLogger()) runs the original off(lg=root logger, n=0).
# rule slipped: store (attribute store on a parameter linked only to 0). family/principle: ok_05.
import functools
import logging


def swap(f):
    def inner(a, b):
        return f(b, a)
    return inner


@functools.partial(swap)
def off(lg, n):
    lg.disabled = True
    return n


off(0, logging.getLogger())
print("root disabled:", logging.getLogger().disabled)
