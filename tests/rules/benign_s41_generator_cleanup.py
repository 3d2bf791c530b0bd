# expect: accept
# why: round 72's generator rule keeps honest generators in a program whose comparisons run its code: a reader that reports in a finally block, a generator that catches ValueError around its yield (GeneratorExit passes it by), and a property chain (@x.setter over def x) with abc's abstractmethod under property
import abc


class Shape(abc.ABC):
    def __init__(self, side):
        self._side = side

    @property
    @abc.abstractmethod
    def area(self):
        ...

    def __lt__(self, other):
        return self.area < other.area


class Square(Shape):
    @property
    def area(self):
        return self._side * self._side

    @property
    def side(self):
        return self._side

    @side.setter
    def side(self, value):
        self._side = value


def numbers(limit, seen):
    i = 0
    try:
        while i < limit:
            yield i
            i += 1
    finally:
        print("stopped at", i)


def parsed(words):
    for w in words:
        try:
            yield int(w)
        except ValueError:
            yield 0


seen = []
print(sum(numbers(5, seen)), list(parsed(["1", "x", "3"])))
sq = sorted([Square(3), Square(1), Square(2)])
sq[0].side = 4
print([s.area for s in sq])
