# expect: accept
# why: honest look-alikes of the comparison purity rule's method allowances
#   (rules/README.md, section 5): comparisons calling the program's own methods
#   (to_tuple, area, total: defs only, judged pure; total also Counter's, which
#   sums), str methods on attributes (lower, strip, casefold, startswith,
#   split with literals), int and float methods, staticmethod, classmethod,
#   abstractmethod and lru_cache over the defs called, and str.lower as a key
import functools
from abc import ABC, abstractmethod


class Person:
    def __init__(self, first, last, age):
        self.first, self.last, self.age = first, last, age

    def to_tuple(self):
        return (self.last.casefold(), self.first.strip().lower(), self.age)

    def __eq__(self, other):
        return isinstance(other, Person) and self.to_tuple() == other.to_tuple()

    def __lt__(self, other):
        return self.to_tuple() < other.to_tuple()

    def __hash__(self):
        return hash(self.to_tuple())


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def __lt__(self, other):
        return self.area() < other.area()



class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Disc(Shape):
    def __init__(self, r):
        self.r = r

    @functools.lru_cache(maxsize=None)
    def area(self):
        return round(3.14159 * self.r ** 2, 3)


class Cart:
    def __init__(self, *prices):
        self.prices = prices

    def total(self):
        return sum([p for p in self.prices])

    @staticmethod
    def rounded(x):
        return float(x).is_integer() or round(x, 2)

    @classmethod
    def limit(cls):
        return (255).bit_length()

    def __lt__(self, other):
        return (self.total(), self.rounded(self.total())) < (other.total(), other.limit())


class Tag:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return (self.text.startswith("#") and other.text.startswith("#") and
                self.text.split("#", 1)[1].lower() == other.text.split("#", 1)[1].lower())

    def __hash__(self):
        return hash(self.text.lower())


people = [Person(" ann", "Lee", 30), Person("bob", "adams", 41), Person("Ann", "lee", 30)]
print([p.first for p in sorted(people)], people[0] == people[2], len({*people}))
print([type(s).__name__ for s in sorted([Square(3), Disc(1), Square(1)])], Square(2) < Square(3))
print(sorted([Cart(3, 4), Cart(1.5), Cart(2, 2, 2)], key=lambda c: c.total())[0].total(),
      Cart(1) < Cart(2))
print(Tag("#Py") == Tag("#py"), len({Tag("#a"), Tag("#A")}))
print(sorted(["b", "A", "c"], key=str.lower))
