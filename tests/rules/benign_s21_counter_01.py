# expect: accept
# why: counting comparisons in a sorting exercise: `Counted.comparisons += 1` in __lt__ and __eq__ replaces one int in the class's dict by another (every binding of the attribute is an int), so the comparison stays pure (honest24 p55)
import functools
import random


@functools.total_ordering
class Counted:
    """Wraps a value and counts comparisons."""
    comparisons = 0
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v

    def __eq__(self, other):
        Counted.comparisons += 1
        return self.v == other.v


rng = random.Random(3)
data = [Counted(rng.randint(0, 99)) for _ in range(20)]
for name, sort in (("sorted", sorted), ("min", lambda xs: [min(xs)])):
    Counted.comparisons = 0
    out = sort(data)
    print(name, [c.v for c in out][:3], Counted.comparisons > 0)
