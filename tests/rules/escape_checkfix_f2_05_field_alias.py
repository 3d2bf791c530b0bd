# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 2: dataclasses.field bound to another name, then called outside a class.
import dataclasses

mk = dataclasses.field
F = mk(default=0)

class Desc:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        if self.n == 2:
            F.name = "x or{__import__('os').system('id')}"
        return F

@dataclasses.dataclass(init=False, eq=False)
class P:
    x: int = Desc()

print(repr(P()))
