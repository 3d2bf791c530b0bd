# expect: reject class_value
# line: 9
# why: a descendant with an enum base: type(self) is an enum class, whose call with two arguments builds a class
import enum


class Quantity:
    def scaled(self, factor):
        return type(self)("Made", "A B")


class E(Quantity, enum.Enum):
    X = 1


print(list(E.X.scaled(2)))
