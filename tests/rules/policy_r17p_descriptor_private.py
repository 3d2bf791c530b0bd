# expect: reject builtin
# line: 21
# why: honest17 p23: the descriptor HOWTO's `"_" + name` kept from __set_name__ and used
#   as a computed name on obj: __set_name__ is given any class-body name (`_class__ =
#   Typed(type)` makes it __class__, and __set__ then sets obj.__class__) or, called by
#   hand, any text, and __get__'s obj may be any object; the message names a letter prefix
#   at the call, getattr(obj, f'v_{self.name}').
# Descriptors for validated attributes
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.private, value)


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
