# expect: accept
# why: accepted since dataclasses and functools.wraps are offered as decorators (rules/facades.txt). Was: honest code, refused by policy: dataclasses compiles annotation keys as source (rules/imports.txt)
from collections import deque
from dataclasses import dataclass


@dataclass
class Customer:
    id: int
    arrival: int
    service: int


def simulate(customers, tellers=2):
    queue = deque(sorted(customers, key=lambda c: c.arrival))
    free_at = [0] * tellers
    waits = []
    while queue:
        c = queue.popleft()
        i = min(range(tellers), key=free_at.__getitem__)
        start = max(c.arrival, free_at[i])
        waits.append(start - c.arrival)
        free_at[i] = start + c.service
    return waits, max(free_at)


waits, done = simulate([Customer(i, i * 2, 5) for i in range(8)])
print(waits, done, sum(waits) / len(waits))
