# expect: accept
# why: honest15 p08's exponentiation by squaring (k >>= 1) and a digit sum (n //= 10, x /= 2) in methods of a class with __eq__ and __lt__: the memory rule's purity allows an augmented assignment to a local name with an operator no builtin or library type implements in place
class Mod:
    P = 1_000_000_007

    def __init__(self, v):
        self.v = v % Mod.P

    def __mul__(self, other):
        return Mod(self.v * other.v)

    def __pow__(self, k):
        result, base = Mod(1), self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Mod) and self.v == other.v

    def __lt__(self, other):
        return self.digit_sum() < other.digit_sum()

    def __hash__(self):
        return hash(self.v)

    def digit_sum(self):
        n, total = self.v, 0
        while n:
            total = total + n % 10
            n //= 10
        return total

    def halve(self):
        x = float(self.v)
        x /= 2
        return x


print((Mod(3) ** 10).v, Mod(2) ** 100 == Mod(pow(2, 100, Mod.P)))
nums = sorted([Mod(99), Mod(1000), Mod(58)])
print([m.v for m in nums], [m.digit_sum() for m in nums], Mod(7).halve())
