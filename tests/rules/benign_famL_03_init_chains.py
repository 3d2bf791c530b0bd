# expect: accept
# why: family L look-alike: __init__ in an object's own chain: super(), Base.__init__(self), self.__init__ to reset
class Base:
    def __init__(self, n):
        self.n = n
class Child(Base):
    def __init__(self, n):
        super().__init__(n)
        Base.__init__(self, n + 1)
    def reset(self):
        self.__init__(0)
c = Child(1)
before = c.n
c.reset()
print(before, c.n)
