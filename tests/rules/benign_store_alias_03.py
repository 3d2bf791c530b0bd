# expect: accept
# why: the program's functions returning its own dicts (a new one, an attribute, a generator's elements), filled through the result with its own data and changed through the other name

import json


def make():
    return {}


class Holder:
    def __init__(self):
        self.box = {}

    def view(self):
        return self.box


def groups(table):
    yield table


fresh = make()
fresh["k"] = []
fresh["k"].append(1)
h = Holder()
v = h.view()
v["k"] = json.loads("[1, 2]")
h.box["k"].append(3)
t = {}
for g in groups(t):
    g["rows"] = [json.dumps({"a": 1})]
t["rows"].append("x")
print(fresh, h.box, t)
