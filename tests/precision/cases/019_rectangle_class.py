# A Rectangle with properties, comparison and arithmetic operators.


class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        return 2 * (self.width + self.height)

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other):
        return isinstance(other, Rectangle) and (self.width, self.height) == (other.width, other.height)

    def __lt__(self, other):
        return self.area < other.area

    def __add__(self, other):
        return Rectangle(self.width + other.width, max(self.height, other.height))

    def __mul__(self, k):
        return Rectangle(self.width * k, self.height * k)

    __rmul__ = __mul__

    def __contains__(self, point):
        x, y = point
        return 0 <= x <= self.width and 0 <= y <= self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


r = Rectangle(3, 4)
s = Square(5)
print(r, s)
print(r.area, r.perimeter, s.area)
print(r + s, 2 * r, r * 3)
print(r == Rectangle(3, 4), r == s, r < s)
print((1, 2) in r, (4, 1) in r)
shapes = [Square(2), Rectangle(1, 10), r, s, Rectangle(6, 1)]
print(sorted(shapes))
print(max(shapes).area)
