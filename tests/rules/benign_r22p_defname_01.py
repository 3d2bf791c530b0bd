# expect: accept
# why: a factory names the function it returns (honest18 p23's strategies): the
#   receiver is bound by its undecorated def alone, and the text is written out
#   with a letter first (an f-string with a prefix, an identifier literal, a doc).
import random


def hold_at(limit):
    def strategy(turn_total, my_score):
        return turn_total >= limit or my_score + turn_total >= 100
    strategy.__name__ = f"hold_at_{limit}"
    strategy.__qualname__ = "hold_at_strategy"
    strategy.__doc__ = f"Hold once the turn total reaches {limit}."
    return strategy


def scaled(factor):
    def times(x):
        return x * factor
    times.__name__ = "times_" + f"by{factor}"
    times.__doc__ = "Multiply by a fixed factor."
    return times


rng = random.Random(7)
for s in (hold_at(15), hold_at(20)):
    print(f"{s.__name__:>10} {s.__qualname__} {s(rng.randint(1, 30), 50)} {s.__doc__}")
t = scaled(3)
print(t.__name__, t.__doc__, t(4))
