# expect: reject class_value
# line: 9
# why: a method calling type(self)(...) reached through its class could be given any object as self (type(self)(...) is a class by value again; escape_s29_priv_* hold the method rule)
class Quantity:
    def __init__(self, amount=1):
        self.amount = amount

    def scaled(self, factor):
        return type(self)(self.amount * factor)


f = Quantity.scaled
print(f(Quantity(), 3).amount)
