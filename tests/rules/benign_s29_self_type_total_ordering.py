# expect: accept
# why: a descendant under a library decorator that hands the class back (total_ordering) is still that class: type(self)(...) builds it
import functools


class Quantity:
    def __init__(self, amount=1):
        self.amount = amount

    def scaled(self, factor):
        return type(self)(self.amount * factor)


@functools.total_ordering
class Cup(Quantity):
    def __lt__(self, other):
        return self.amount < other.amount


print(Cup(2).scaled(3).amount)
