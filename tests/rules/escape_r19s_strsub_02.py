# expect: reject builtin
# why: a computed getattr on self of a closed class that a property subclass derives
#   from (through another base): self may be that property, whose fget is an accessor
#   function the program never wrote
# line: 12
class Base:
    pass


class K(Base):
    def fetch(self, k):
        return getattr(self, k)


class P(property, K):
    pass


p = P(lambda o: 1)
print(p.fetch("fget"))
