# expect: accept
# why: a registry whose decorator keeps the def and returns it, a handler called through its dict and through its name, a sort key lambda, a method building a new instance of its own class: the results are the program's own dicts and objects
import math
class Registry:
    def __init__(self):
        self.handlers = {}
    def register(self, name):
        def deco(fn):
            self.handlers[name] = fn
            return fn
        return deco
    def run(self, name, *args):
        return self.handlers[name](*args)
reg = Registry()
@reg.register("area")
def area(r):
    return {"area": math.pi * r * r}
res = reg.run("area", 2.0)
res["unit"] = "m2"
out = area(1.0)
out["unit"] = "m2"
key = lambda v: v["area"]
rows = sorted([res, out], key=key)
rows[0]["rank"] = 1
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def scaled(self, k):
        return Vec(self.x * k, self.y * k)
v = Vec(1, 2).scaled(3)
v.x = 10
print(res, out, rows, v.x, v.y)
