# expect: accept
# why: look-alike of round 39: a program subclass of random.Random setting its own attribute and drawing, a Random reached through a display, lists built from them mutated
import random


class Dice(random.Random):
    def __init__(self, seed, sides=6):
        super().__init__(seed)
        self.sides = sides

    def roll(self, n=2):
        return [self.randint(1, self.sides) for _ in range(n)]


d = Dice(42)
rolls = d.roll(3)
rolls.append(d.randint(1, 6))
rng = [random.Random(1)][0]
pick = rng.sample(range(10), 3)
pick.sort()
print(rolls, pick)
