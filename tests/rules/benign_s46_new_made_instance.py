# expect: accept
# why: a value class whose __new__ builds its instance with object.__new__(cls) under a local bound once and sets its fields there, used inside comparisons and arithmetic: the stores go to the instance it makes
class Money:
    __slots__ = ("cents", "currency")

    def __new__(cls, cents, currency="EUR"):
        obj = object.__new__(cls)
        obj.cents = cents
        obj.currency = currency
        return obj

    def __add__(self, other):
        return Money(self.cents + other.cents, self.currency)

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


wallet = [Money(250), Money(100), Money(75)]
print(sorted(wallet), wallet[0] + wallet[1])
