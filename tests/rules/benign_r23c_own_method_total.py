# expect: accept
# why: a program method named like a library one (total), called on the program's own
#   instance, with a program operator elsewhere; its result is the program's to change
import collections


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


class Ledger:
    def __init__(self):
        self.rows = []

    def total(self):
        return [sum(self.rows)]


book = Ledger()
book.rows.append(5)
t = book.total()
t.append(collections.Counter("aab").total())
print(t, (Money(1) + Money(2)).cents)
