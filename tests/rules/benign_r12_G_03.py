# expect: accept
# why: twelfth red team, family G: accumulators in methods (an item at a range() or enumerate() index fed from the other operand, '*=' at a loop index, a list item and a running total at a parameter index) stay accepted
class Vec:
    def __init__(self, *xs):
        self.v = list(xs)

    def __iadd__(self, other):
        for i in range(len(self.v)):
            self.v[i] += other.v[i]
        return self

    def scaled(self, k):
        out = Vec(*self.v)
        for i, x in enumerate(out.v):
            out.v[i] *= k
        return out


class Ledger:
    def __init__(self):
        self.by_day = {}
        self.totals = [0.0] * 7

    def record(self, day, amount):
        self.by_day.setdefault(day, [])
        self.by_day[day] += [amount]
        self.totals[day % 7] += amount


a = Vec(1, 2, 3)
a += Vec(4, 5, 6)
print(a.v, a.scaled(2).v)
led = Ledger()
led.record(3, 9.5)
led.record(10, 0.5)
print(led.by_day, led.totals)
