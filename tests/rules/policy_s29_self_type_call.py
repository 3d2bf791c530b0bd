# expect: reject class_value
# line: 9
# why: type(self)(...) stays a class by value: its call is safe only while rule method never hands the def out unbound, which rounds 50 to 52 broke three ways (a super object, a default or keyword value in the class body, getattr over a loop of names), each then a class built from a mapping; write the class's name, or a classmethod: cls(...)
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
