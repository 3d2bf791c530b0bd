# expect: accept
# why: value classes as tutorials and assistants write them (honest15 p49): binary dunders read the other operand's private fields (o._x, other._cents), a reflected operator is an alias of the forward one (__rmul__ = __mul__, __radd__ = __add__), an in-place update of a private float, comparisons over private fields, a merge method taking another instance
import math


class Vector:
    __slots__ = ("_x", "_y")

    def __init__(self, x=0.0, y=0.0):
        self._x = float(x)
        self._y = float(y)

    @property
    def length(self):
        return math.hypot(self._x, self._y)

    @length.setter
    def length(self, new):
        factor = new / self.length
        self._x *= factor
        self._y *= factor

    def __add__(self, o):
        return Vector(self._x + o._x, self._y + o._y)

    def __sub__(self, o):
        return Vector(self._x - o._x, self._y - o._y)

    def __mul__(self, k):
        return Vector(self._x * k, self._y * k)

    __rmul__ = __mul__

    def dot(self, other):
        return self._x * other._x + self._y * other._y

    def __eq__(self, o):
        return isinstance(o, Vector) and (self._x, self._y) == (o._x, o._y)

    def __hash__(self):
        return hash((self._x, self._y))

    def __repr__(self):
        return f"Vector({self._x!r}, {self._y!r})"


class Money:
    def __init__(self, cents, currency="EUR"):
        self._cents = int(cents)
        self._currency = currency

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other._currency != self._currency:
            raise ValueError("currency mismatch")
        return Money(self._cents + other._cents, self._currency)

    __radd__ = __add__

    def __lt__(self, other):
        return self._cents < other._cents

    def __str__(self):
        return f"{self._cents // 100}.{self._cents % 100:02d} {self._currency}"


v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, 2 * v, v * 3, v.dot(w), v == Vector(3.0, 4.0), len({v, Vector(3, 4)}))
v.length = 10
print(v)
prices = [Money(250), Money(1999), Money(5)]
print(min(prices), max(prices), sorted(prices)[1])
try:
    Money(1) + Money(2, "USD")
except Exception as e:
    print(type(e).__name__, e)
print(Money(100) + Money(1))
