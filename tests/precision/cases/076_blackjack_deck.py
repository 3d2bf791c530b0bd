# Blackjack hands from a seeded shuffled deck, with a dealer strategy.
import random
from collections import namedtuple

Card = namedtuple("Card", "rank suit")
RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]
SUITS = "♠♥♦♣"


def new_deck():
    return [Card(r, s) for s in SUITS for r in RANKS]


def value(hand):
    total = sum(10 if c.rank in "JQK" else 11 if c.rank == "A" else int(c.rank) for c in hand)
    aces = sum(c.rank == "A" for c in hand)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


def show(hand):
    return " ".join(c.rank + c.suit for c in hand)


rng = random.Random(21)
deck = new_deck()
rng.shuffle(deck)
results = {"win": 0, "lose": 0, "push": 0}
for round_no in range(1, 7):
    if len(deck) < 15:
        deck = new_deck()
        rng.shuffle(deck)
    player = [deck.pop(), deck.pop()]
    dealer = [deck.pop(), deck.pop()]
    while value(player) < 17:
        player.append(deck.pop())
    while value(player) <= 21 and value(dealer) < 17:
        dealer.append(deck.pop())
    p, d = value(player), value(dealer)
    if p > 21 or (d <= 21 and d > p):
        outcome = "lose"
    elif p == d:
        outcome = "push"
    else:
        outcome = "win"
    results[outcome] += 1
    print(f"round {round_no}: player {show(player):<16} ({p:2})  dealer {show(dealer):<16} ({d:2})  {outcome}")
print(results)
