# expect: accept
# why: Bits.__new__(Bits), Bits a closed class none of whose chain binds __new__, is object.__new__'s new empty instance, not an object the library made: the attributes the program sets on it are its own
import math


class Bits:
    def __init__(self, size):
        self.size = math.ceil(size)
        self.cells = bytearray(size)

    def set(self, i):
        self.cells = bytearray(c | (j == i) for j, c in enumerate(self.cells))

    def __contains__(self, i):
        return all(self.cells[j] for j in self.spots(i))

    def spots(self, i):
        return (i % self.size for _ in range(2))

    def __repr__(self):
        return f"Bits({self.size})"

    def __or__(self, other):
        merged = Bits.__new__(Bits)
        merged.size = self.size
        merged.cells = bytearray(x | y for x, y in zip(self.cells, other.cells))
        return merged


a, b = Bits(8), Bits(8)
a.set(1)
b.set(2)
u = a | b
u.set(3)
print(u, 3 in u, list(u.cells))
