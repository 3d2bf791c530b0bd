# expect: accept
# why: a small random simulation
import random
from collections import deque

random.seed(3)
queue = deque()
served, waits = 0, []
for minute in range(120):
    if random.random() < 0.3:
        queue.append(minute)
    if queue and random.random() < 0.35:
        waits.append(minute - queue.popleft())
        served += 1
print(served, len(queue), round(sum(waits) / max(len(waits), 1), 2))
