# expect: reject memory
# line: 41
# why: cost of round 72's generator rule: in a program whose comparisons run its code, a finally block around a yield is judged pure (the collector may close the generator inside a comparison), so it appends to no list; count in the loop instead. The rest is benign_s41_generator_cleanup: a generator that catches ValueError around its yield (GeneratorExit passes it by), and a property chain (@x.setter over def x) with abc's abstractmethod under property
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
        seen.append(i)


def parsed(words):
    for w in words:
        try:
            yield int(w)
        except ValueError:
            yield 0


seen = []
print(sum(numbers(5, seen)), seen, list(parsed(["1", "x", "3"])))
sq = sorted([Square(3), Square(1), Square(2)])
sq[0].side = 4
print([s.area for s in sq])
