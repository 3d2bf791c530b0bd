# expect: reject class_value
# line: 12
# why: under functools.cache a descendant's name is a cached function, whose call need make no new instance: the family is not closed
import functools


class Quantity:
    def __init__(self, amount=1):
        self.amount = amount

    def scaled(self, factor):
        return type(self)(self.amount * factor)


@functools.cache
class Cup(Quantity):
    def __lt__(self, other):
        return self.amount < other.amount


print(Cup(2).scaled(3).amount)
