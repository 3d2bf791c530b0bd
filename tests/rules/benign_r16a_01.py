# expect: accept
# why: round 16a family D look-alike: the instance table read, copied, printed and its program-made items changed, where no attribute of the program holds a value reached through a module (b3: one does, but only the copy's own keys are written)
import json


class Basket:
    def __init__(self):
        self.items = []
        self.tags = {"a": 1}

    def add(self, x):
        vars(self)["items"].append(x)
        return self


b = Basket()
b.add(3)
for name, value in sorted(vars(b).items()):
    print(name, value)
vars(b)["tags"]["b"] = 2
b.__dict__["items"].append(4)
print(json.dumps(vars(b), sort_keys=True))
