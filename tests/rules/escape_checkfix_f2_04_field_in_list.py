# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 2: a Field held in a container and renamed before the class statement.
from dataclasses import dataclass, field

KEEP = [field(default=0)]
KEEP[0].name = "x or{print(open('/etc/passwd').readline())}"

class Desc:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        if self.n == 2:
            KEEP[0].name = "x or{print(open('/etc/passwd').readline())}"
        return KEEP[0]

@dataclass(init=False, eq=False)
class P:
    x: int = Desc()

print(repr(P()))
