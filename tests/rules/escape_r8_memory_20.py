# expect: reject memory
# line: 20
# verified: under 3.11.2 it prints 'the total is now: Filler True': the reflected
#   __radd__ runs with the freed running total as `other`, a new object in its memory
# Mechanism: accumulate_next (3.11, unfixed) adds its total, borrowed, to the next item; the
#   total's __add__ calls next() on the same accumulate, whose inner call replaces the total and
#   drops the old one, then returns NotImplemented: the item's __radd__ runs on the freed total.
# This member: accumulate re-entered from its total's __add__.
# Checker before the rule: exit 0 (accepted)
import itertools


class Total:
    __slots__ = ("v", "b", "c", "d", "e")
    armed = [True]

    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if Total.armed[0]:
            Total.armed[0] = False
            next(acc)            # the inner call replaces the total this call adds to
            return NotImplemented
        return Total(self.v)



class Item:
    def __radd__(self, other):
        # reflected: `other` is the total the inner call dropped
        before = id(other)
        keep.extend(Filler() for _ in range(200))
        print("the total is now:", type(other).__name__, any(id(k) == before for k in keep))
        return Total(0)


class Filler:
    __slots__ = ("a", "b", "c", "d", "e")


keep = []


def items():
    yield Total(1)
    while True:
        yield Item()


acc = itertools.accumulate(items())
next(acc)
next(acc)
