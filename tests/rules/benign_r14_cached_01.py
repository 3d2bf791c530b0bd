# expect: accept
# why: round 14 (p22): `from functools import cached_property` judged as @functools.cached_property is, and a debug print in a property of a program with comparison dunders (@total_ordering): plain print, sep/end literals, flush

from functools import cached_property, total_ordering


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


class Report:
    def __init__(self, data):
        self.data = data

    @cached_property
    def stats(self):
        print("computing stats", len(self.data), sep=": ", end="\n", flush=True)
        return min(self.data), max(self.data)

    @property
    def total(self):
        print("total of", self.data)
        return sum(self.data)


r = Report([3, 1, 2])
print(r.stats, r.stats, r.total)
print(sorted([Money(5), Money(2)]), Money(1) < Money(2), Money(3) >= Money(3))
