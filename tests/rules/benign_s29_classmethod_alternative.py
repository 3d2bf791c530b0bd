# expect: accept
# why: the alternative to type(self)(...): a classmethod's cls(...), reached through self, builds an instance of self's class
class Quantity:
    def __init__(self, amount=1):
        self.amount = amount

    @classmethod
    def of(cls, amount):
        return cls(amount)

    def scaled(self, factor):
        return self.of(self.amount * factor)


class Cup(Quantity):
    pass


print(type(Cup(2).scaled(3)).__name__, Cup(2).scaled(3).amount)
