# expect: accept
# why: fifteenth red team (round 15a), family R: names bound only by their imports stay library objects: abc.ABC as a base, copy.deepcopy handed the memo (imported twice, in two scopes), == with an imported library class
import copy
from abc import ABC, abstractmethod
from copy import deepcopy
from decimal import Decimal


class Shape(ABC):
    @abstractmethod
    def area(self):
        raise NotImplementedError


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Box:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        return Box(deepcopy(self.v, memo))


def clone(x):
    from copy import deepcopy
    return deepcopy(x)


def kind(x):
    if type(x) == Decimal:
        return "decimal"
    return type(x).__name__


b = copy.deepcopy(Box([1, 2, 3]))
print(b.v, clone([4, 5]), Square(3).area(), kind(Decimal("1.5")), kind(2))
