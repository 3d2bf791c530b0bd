# expect: accept
# why: family L look-alike: type(x) and x.__class__ for names, comparisons, isinstance and dict keys; hooks a class may define
class Node:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __eq__(self, other):
        return type(other) is type(self) and other.v == self.v
    def __getattr__(self, name):
        return f"<no {name}>"
    def __copy__(self):
        return Node(self.v)
handlers = {int: "int", str: "str"}
print(Node(1), Node(1) == Node(1), handlers[type(3)], isinstance(2, (type(1),)),
      Node(2).__class__.__name__, Node(3).missing, type("").__qualname__)
