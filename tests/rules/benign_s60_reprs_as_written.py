# expect: accept
# why: the reprs and strs people write stay accepted under the pure text dunders: f-strings of fields, join over vars(self).items() and a dict's items(), sorted and list of items, format with a spec, a helper def that only reads, a __str__ calling __repr__, a __del__ that prints, and locals named like mapping methods
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"({format(self.x, spec)}, {format(self.y, spec)})"


def describe(d):
    return ", ".join(f"{k}={v}" for k, v in sorted(d.items()))


class Settings:
    def __init__(self, **options):
        self.options = dict(options)
        self._cache = OrderedDict(a=1)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Settings({items})"

    def __str__(self):
        keys = list(self._cache.keys())
        return f"{describe(self.options)} {keys} {list(self._cache.values())}"


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __str__(self):
        return "\n".join(" ".join(f"{v:3d}" for v in row) for row in self.rows)

    def __repr__(self):
        return "Matrix({!r})".format(self.rows)


class Resource:
    def __del__(self):
        print("released")


p = Point(1.5, 2)
print(p, f"{p:.2f}", [p], Settings(b=2, a=1), str(Settings(z=0)))
print(Matrix([[1, 2], [3, 4]]), repr(Matrix([[5]])))
r = Resource()
del r
