# expect: reject class
# line: 12
# why: a base is written as a name, a module's class, either under subscripts, or a call; any other expression (round 26s: `[B][0]`, `B if c else B`, `B or B`, `(B,)[0]`) names a class the walks of a class's program bases would skip, and is refused by shape
class Base:
    def hello(self):
        return "hello"


FLAG = True


class Child(Base if FLAG else object):
    pass


print(Child().hello())
