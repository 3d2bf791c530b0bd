# expect: accept
import itertools

CYCLE = [("green", 3), ("yellow", 1), ("red", 2)]


def timeline(ticks):
    states = itertools.chain.from_iterable(itertools.repeat(color, n) for color, n in itertools.cycle(CYCLE))
    return list(itertools.islice(states, ticks))


t = timeline(12)
print(t)
print({c: t.count(c) for c in ("green", "yellow", "red")})
