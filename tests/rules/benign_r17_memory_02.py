# expect: accept
# why: a builtin exception class named in an except clause is still the builtin (honest17 p39: `raise IndexError(...)` in __getitem__ beside `except IndexError as e`): the clause matches against the class and binds only its alias
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __getitem__(self, i):
        if i == 0:
            return self.a
        if i == 1:
            return self.b
        raise IndexError("index out of range")

    def __eq__(self, other):
        if not isinstance(other, Pair):
            raise TypeError("cannot compare")
        return (self.a, self.b) == (other.a, other.b)


p = Pair(1, 2)
try:
    print(p[0], p[5])
except IndexError as e:
    print("IndexError:", e)
try:
    print(p == 3)
except (TypeError, ValueError):
    print("TypeError")
