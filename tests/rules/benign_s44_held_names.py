# expect: accept
# why: a program with comparisons that names Counter: attributes named items and keys hold new containers (list(...), sorted(...)), and a copy() that fills a new object runs in no library operation a comparison reaches
import collections


class Basket:
    def __init__(self, items):
        self.items = list(items)
        self.keys = sorted(set(items))
        self.counts = collections.Counter(items)

    def __eq__(self, other):
        return isinstance(other, Basket) and self.keys == other.keys

    def __hash__(self):
        return len(self.keys)


class Stack:
    def __init__(self):
        self.data = []

    def push(self, x):
        self.data.append(x)

    def pop(self):
        return self.data.pop()

    def copy(self):
        s = Stack()
        s.data = list(self.data)
        return s


b = Basket(["a", "b", "a"])
s = Stack()
s.push(1)
t = s.copy()
t.push(2)
print(b == Basket(["b", "a"]), s.pop(), t.data, b.counts.most_common(1))
