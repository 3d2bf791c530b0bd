# expect: accept
# why: a descriptor class defines __get__/__set__/__set_name__; only the interpreter calls them
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr_free(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        obj.values[self.name] = value


def getattr_free(obj, name):
    return obj.values[name]


class Account:
    balance = Positive()

    def __init__(self, balance):
        self.values = {}
        self.balance = balance


a = Account(10)
a.balance = 25
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("refused:", e)
