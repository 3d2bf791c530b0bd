# expect: accept
import random

BEATS = {"rock": "scissors", "scissors": "paper", "paper": "rock"}
random.seed(11)
score = {"player": 0, "computer": 0, "tie": 0}
for _ in range(20):
    p, c = random.choice(list(BEATS)), random.choice(list(BEATS))
    if p == c:
        score["tie"] += 1
    elif BEATS[p] == c:
        score["player"] += 1
    else:
        score["computer"] += 1
print(score)
