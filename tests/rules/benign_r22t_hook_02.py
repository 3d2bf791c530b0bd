# expect: accept
# why: a dict subclass used as an attribute dict (closed: a builtin data base) whose __setattr__ stores into the dict by item, and a validating descriptor in a closed class (keeping values in its own table): every class closed, so the hooks receive the program's own stores only (a library subclass anywhere would make the descriptor's value a library value: rules/README.md section 3)
import json


class AttrDict(dict):
    def __setattr__(self, key, value):
        self[key] = value


class Positive:
    def __init__(self):
        self.data = {}

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.data[id(obj)]

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"{self.name} must be a non-negative number")
        self.data[id(obj)] = value


class Item:
    price = Positive()
    qty = Positive()

    def __init__(self, price, qty):
        self.price = price
        self.qty = qty


cfg = AttrDict(name="demo")
cfg.level = 3
print(cfg["name"], cfg["level"], sorted(cfg))
it = Item(2.5, 4)
print(json.dumps({"item": [it.price, it.qty], "cfg": cfg}, sort_keys=True))
try:
    it.qty = -1
except ValueError as e:
    print(e)
