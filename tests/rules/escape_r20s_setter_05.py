# expect: reject memory
# why: a property with a setter made without the word setter, from a getter's
#   property by type(): type(K.top)(getter, setter) bound in a class body; the
#   constructor's store runs the setter inside the comparison
# line: 23
vl = []


class K:
    @property
    def top(self):
        return 1


def clear_it(obj, v):
    vl.clear()


class Stack:
    top = type(K.top)(lambda o: 1, clear_it)

    def __init__(self, x):
        self.top = x


class V:
    def __lt__(self, other):
        Stack(1)
        return NotImplemented


vl.append(V())
print(vl < [V()] or "compared", len(vl))
