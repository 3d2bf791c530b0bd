# expect: accept
# why: twelfth red team, family G: two augmented stores into the same attribute's items (one at a parameter index, one in __iadd__ at an enumerate() index fed from the other operand) stay accepted: each stores back the value it read there
class Stats:
    def __init__(self, n):
        self.acc = [0] * n
        self.total = 0

    def add(self, k, x):
        self.acc[k] += x
        self.total += x

    def __iadd__(self, other):
        for k, v in enumerate(other.acc):
            self.acc[k] += v
        return self


s = Stats(3)
s.add(1, 2.5)
t = Stats(3)
t += s
print(t.acc, t.total)
