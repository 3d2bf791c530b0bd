# expect: accept
import random
from collections import Counter

RANKS = "23456789TJQKA"
SUITS = "shdc"


def deck():
    return [r + s for r in RANKS for s in SUITS]


def hand_rank(hand):
    values = sorted((RANKS.index(c[0]) for c in hand), reverse=True)
    counts = sorted(Counter(values).values(), reverse=True)
    flush = len({c[1] for c in hand}) == 1
    straight = len(set(values)) == 5 and values[0] - values[4] == 4
    if straight and flush:
        return "straight flush"
    if counts[0] == 4:
        return "four of a kind"
    if counts[:2] == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if counts[0] == 3:
        return "three of a kind"
    if counts[:2] == [2, 2]:
        return "two pair"
    return "pair" if counts[0] == 2 else "high card"


def blackjack_value(cards):
    total = sum(min(10, RANKS.index(c[0]) + 2) if c[0] != "A" else 11 for c in cards)
    aces = sum(c[0] == "A" for c in cards)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


random.seed(8)
d = deck()
random.shuffle(d)
hands = [d[i:i + 5] for i in range(0, 20, 5)]
for h in hands:
    print(" ".join(h), hand_rank(h))
print(hand_rank(["Ts", "Js", "Qs", "Ks", "As"]), blackjack_value(["As", "Kd"]), blackjack_value(["As", "Ad", "9c"]))
