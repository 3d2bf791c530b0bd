# expect: accept
# why: a deque subclass whose __init__ only passes its arguments on and sets attributes of the new instance (a deque's + and copy() rebuild it through it): judged pure, so accepted beside comparisons
from collections import deque


class Window(deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, maxlen=size)
        self.size = size


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return isinstance(other, Pair) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))


w = Window([1, 2, 3, 4], size=3)
print(list(w), w.size)
print(list(w.copy()), w.copy().size, w == w.copy())
print(Pair(1, 2) == Pair(1, 2), Pair(1, 2) in [Pair(0, 0), Pair(1, 2)])
