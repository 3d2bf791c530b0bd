# expect: accept
# why: type(self)(...) in a method of a closed family of the program's classes builds one of them, as calling it by name would; the method is then called bound only
class Quantity:
    def __init__(self, amount=1):
        self.amount = amount

    def scaled(self, factor):
        return type(self)(self.amount * factor)

    def __repr__(self):
        return f"{type(self).__name__}({self.amount})"


class Cup(Quantity):
    pass


class Pint(Cup):
    def doubled(self):
        return (type(self))(self.amount * 2)


print(Cup(2).scaled(3), Pint(1).doubled(), [q.scaled(0.5) for q in (Cup(4), Pint(6))])
