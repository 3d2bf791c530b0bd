# expect: accept
# why: honest look-alikes of the library-callback and duck-method rules: a property setter that keeps its value, a list subclass read, bisect.insort into a list, a DictWriter with a text restval, a class with an add method whose instances only ever have their attributes read, a filter that reads the record
import bisect
import csv
import io
import logging


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = float(value)


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty

    def get(self, name, default=0):
        return self.items.get(name, default)


class Bag(list):
    def total(self):
        return sum(self)


class OnlyErrors:
    def filter(self, record):
        return record.levelno >= logging.ERROR


t = Temperature()
t.celsius = 21.5
inv = Inventory()
inv.add("apple", 3)
inv.add("apple", 2)
scores = [10, 30]
bisect.insort(scores, 20)
bag = Bag([1, 2, 3])
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["a", "b"], restval="-")
w.writeheader()
w.writerow({"a": 1})
lg = logging.getLogger("benign23i")
lg.addFilter(OnlyErrors())
lg.warning("dropped %s", "quietly")
print(t.celsius, inv.get("apple"), scores, bag.total(), out.getvalue().split())
