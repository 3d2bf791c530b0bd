# expect: accept
# why: an AST interpreter: a method named eval binds a class attribute, it never reaches the builtin
class Num:
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]


class Add:
    def __init__(self, left, right):
        self.left, self.right = left, right

    def eval(self, env):
        return self.left.eval(env) + self.right.eval(env)


tree = Add(Num(2), Add(Var("x"), Num(3)))
print(tree.eval({"x": 10}))
