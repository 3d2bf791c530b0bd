# expect: accept
# why: a program that holds classes as values (a registry, type(x).__name__, a
#   classmethod factory) and calls methods with arguments on names bound only to
#   instances of its classes (a lambda's parameter of the same name is another
#   variable), on self, and through super() in a plain method
class Shape:
    registry = {}

    def __init__(self, name):
        self.name = name
        self.tags = []

    @classmethod
    def make(cls, name):
        return cls(name)

    def tag(self, label, *more):
        self.tags.append(label)
        self.tags.extend(more)
        return self


class Square(Shape):
    def __init__(self, name, side=1):
        super().__init__(name)
        self.side = side

    def tag(self, label, *more):
        super().tag(label.upper(), *more)
        return self


Shape.registry["square"] = Square
x = Square("s1", 3)
x.tag("big", "blue")
y = Shape.make("plain")
print(type(x).__name__, x.tags, y.name, sorted(["b", "a"], key=lambda x: x))
print([type(v).__name__ for v in (x, y)], Shape.registry["square"].__name__)
