# expect: accept
# why: honest17 p23 with the prefix the builtin message names: a letter prefix written at
#   the getattr/setattr call, judged on any object.
# Descriptors for validated attributes
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, f"v_{self.name}")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, f"v_{self.name}", value)


class Product:
    name = Typed(str)
    price = Typed(float, minimum=0.0)
    qty = Typed(int, minimum=0)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"


p = Product("pen", 1.5, 10)
print(p, p.total)
for bad in [("pen", "cheap", 1), ("pen", 1.0, -3), (42, 1.0, 1)]:
    try:
        Product(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
p.qty = 4
print(p.total, Product.price.name, Product.qty.minimum)
