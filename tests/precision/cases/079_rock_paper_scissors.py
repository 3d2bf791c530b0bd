# Rock-paper-scissors tournament between simple strategies, using Enum.
import random
from enum import Enum


class Move(Enum):
    ROCK = 1
    PAPER = 2
    SCISSORS = 3

    def beats(self, other):
        return (self.value - other.value) % 3 == 1


def always_rock(history, rng):
    return Move.ROCK


def random_player(history, rng):
    return rng.choice(list(Move))


def copycat(history, rng):
    return history[-1][1] if history else Move.PAPER


def beat_last(history, rng):
    if not history:
        return Move.SCISSORS
    last = history[-1][1]
    return next(m for m in Move if m.beats(last))


def play(a, b, rounds, rng):
    history_a, history_b = [], []
    score = [0, 0]
    for _ in range(rounds):
        ma, mb = a(history_a, rng), b(history_b, rng)
        history_a.append((ma, mb))
        history_b.append((mb, ma))
        if ma.beats(mb):
            score[0] += 1
        elif mb.beats(ma):
            score[1] += 1
    return score


rng = random.Random(5)
players = [always_rock, random_player, copycat, beat_last]
table = {p.__name__: 0 for p in players}
for i, a in enumerate(players):
    for b in players[i + 1:]:
        sa, sb = play(a, b, 100, rng)
        table[a.__name__] += sa
        table[b.__name__] += sb
        print(f"{a.__name__:>13} vs {b.__name__:<13} {sa:3}-{sb:<3}")
for name, pts in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:<13} {pts}")
print([m.name for m in Move], Move(2), Move["SCISSORS"].beats(Move.PAPER))
