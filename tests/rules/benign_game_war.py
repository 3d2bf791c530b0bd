# expect: accept
import random
from collections import deque

random.seed(12)
cards = [rank for rank in range(2, 15) for _ in range(4)]
random.shuffle(cards)
a, b = deque(cards[:26]), deque(cards[26:])
rounds = 0
while a and b and rounds < 1000:
    rounds += 1
    pile = [a.popleft(), b.popleft()]
    while pile[-2] == pile[-1] and len(a) > 1 and len(b) > 1:
        pile += [a.popleft(), b.popleft(), a.popleft(), b.popleft()]
    winner = a if pile[-2] > pile[-1] else b
    winner.extend(sorted(pile, reverse=True))
print(rounds, len(a), len(b))
