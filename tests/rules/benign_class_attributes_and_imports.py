# expect: accept
# why: module-level imports used inside class bodies as prefixes
import math
import random


class Dice:
    SIDES = 6
    rng = random.Random(7)

    def roll(self, n):
        return [self.rng.randint(1, self.SIDES) for _ in range(n)]

    @staticmethod
    def expected(n):
        return n * (1 + 6) / 2


d = Dice()
print(d.roll(5), Dice.expected(5), math.isclose(Dice.expected(2), 7))
