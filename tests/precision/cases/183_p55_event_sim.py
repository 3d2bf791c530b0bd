# Discrete-event simulation of a bank queue, seeded random + heapq
import heapq
import random
import statistics

def simulate(n_customers, n_tellers, seed):
    rng = random.Random(seed)
    events = []
    t = 0.0
    for cid in range(n_customers):
        t += rng.expovariate(1.0)
        heapq.heappush(events, (t, 0, "arrive", cid))
    free = n_tellers
    queue = []
    arrival = {}
    waits = []
    seq = 1
    while events:
        now, _, kind, cid = heapq.heappop(events)
        if kind == "arrive":
            arrival[cid] = now
            queue.append(cid)
        else:
            free += 1
        while free and queue:
            nxt = queue.pop(0)
            free -= 1
            waits.append(now - arrival[nxt])
            heapq.heappush(events, (now + rng.uniform(0.5, 2.5), seq, "leave", nxt))
            seq += 1
    return waits

for tellers in (1, 2, 3):
    w = simulate(500, tellers, seed=42)
    print(f"tellers={tellers} served={len(w)} mean_wait={statistics.mean(w):7.3f} "
          f"max_wait={max(w):7.3f} zero_waits={sum(1 for x in w if x == 0)}")
