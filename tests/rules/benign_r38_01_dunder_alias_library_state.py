# expect: accept
# why: look-alike of round 38: __floor__ bound to a def of the class, a dunder under functools.cache, BOOLEAN_STATES set to a literal table, a seeded random.Random
import configparser
import functools
import math
import random


class Money:
    def __init__(self, cents):
        self.cents = cents

    def _floor(self):
        return self.cents // 100

    __floor__ = _floor

    def __hash__(self):
        return hash(self.cents)

    @functools.cache
    def __repr__(self):
        return f"Money({self.cents})"

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents


cp = configparser.ConfigParser()
cp.BOOLEAN_STATES = {"ja": True, "nein": False}
cp.read_string("[opts]\nverbose = ja\n")
rng = random.Random(7)
rng.seed(7)
draws = [rng.randint(1, 6) for _ in range(3)]
draws.append(math.floor(Money(1234)))
print(cp.getboolean("opts", "verbose"), draws, len({Money(1), Money(1)}), repr(Money(5)))
