# Bank queue simulation with a deque and seeded random arrivals.
import random
from collections import deque

random.seed(8)
TELLERS = 2
MINUTES = 60

queue = deque()
tellers = [0] * TELLERS
waits = []
served = 0
max_len = 0
for minute in range(MINUTES):
    for _ in range(random.choice([0, 0, 1, 1, 2, 3])):
        queue.append(minute)
    for t in range(TELLERS):
        if tellers[t] > 0:
            tellers[t] -= 1
        if tellers[t] == 0 and queue:
            arrived = queue.popleft()
            waits.append(minute - arrived)
            tellers[t] = random.randint(1, 4)
            served += 1
    max_len = max(max_len, len(queue))
    if minute % 10 == 9:
        print(f"minute {minute + 1:2}: queue {len(queue):2} {'o' * len(queue)}")

print("served:", served, "still waiting:", len(queue))
print(f"average wait: {sum(waits) / len(waits):.2f} min, longest: {max(waits)} min")
print("longest queue:", max_len)
history = deque(maxlen=5)
for w in waits:
    history.append(w)
print("last five waits:", list(history))
