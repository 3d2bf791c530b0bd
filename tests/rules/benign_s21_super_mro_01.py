# expect: accept
# why: super().__init__(msg) in an exception class of the program reaches Exception's __init__ only (no class deriving from it has another program base), never the __init__ of an unrelated class that keeps its argument (honest24 p14: a calculator's CalcError beside a Parser whose __init__ stores its env)
class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.pos = pos


class Parser:
    def __init__(self, env):
        self.env = env

    def assign(self, name, value):
        self.env[name] = value
        return value


p = Parser({})
p.assign("x", 3)
try:
    raise CalcError("bad token", 4)
except CalcError as e:
    print(e, e.pos, p.env)
