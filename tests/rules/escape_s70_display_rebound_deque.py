# expect: reject memory
# line: 30
# why: a name bound to a display and rebound elsewhere (a global statement) holds no
#   proven list: here a deque subclass, whose copy() builds type(self)(...) and so
#   runs the program's __init__ inside the comparison, emptying the list compared
import collections

L = []


class Q(collections.deque):
    def __init__(self, *args):
        L.clear()
        super().__init__(*args)


ORDER = ["a", "b"]


def swap():
    global ORDER
    ORDER = Q("ab")


class Key:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        ORDER.copy()
        return self.n < other.n


swap()
L.extend([Key(1), Key(2)])
print(L < [Key(1), Key(3)])
