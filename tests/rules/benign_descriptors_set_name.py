# expect: accept
# why: descriptor protocol methods defined, not reached
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr_default(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        obj.store[self.private] = value


def getattr_default(obj, key):
    return obj.store.get(key, 0)


class Product:
    price = Positive()
    qty = Positive()

    def __init__(self, price, qty):
        self.store = {}
        self.price = price
        self.qty = qty


p = Product(3, 4)
try:
    p.qty = -1
except ValueError as e:
    print("rejected:", e)
print(p.price * p.qty)
