import random
import heapq
from statistics import mean

def simulate(n_customers, n_tellers, seed):
    rng = random.Random(seed)
    t = 0.0
    arrivals = []
    for _ in range(n_customers):
        t += rng.expovariate(1 / 2.0)
        arrivals.append((t, rng.expovariate(1 / 5.0)))
    free_at = [0.0] * n_tellers
    heapq.heapify(free_at)
    waits = []
    for arr, service in arrivals:
        teller_free = heapq.heappop(free_at)
        start = max(arr, teller_free)
        waits.append(start - arr)
        heapq.heappush(free_at, start + service)
    return waits

print(f"{'tellers':>7} {'mean wait':>10} {'max wait':>9} {'% waited':>9}")
for k in (1, 2, 3, 4):
    w = simulate(500, k, seed=11)
    waited = sum(1 for x in w if x > 0) / len(w)
    print(f"{k:>7} {mean(w):>10.2f} {max(w):>9.2f} {waited:>9.1%}")
