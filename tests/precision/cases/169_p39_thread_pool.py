# concurrent.futures ThreadPoolExecutor
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def slow_square(x):
    time.sleep(0.01)
    if x == 5:
        raise ValueError("five is unlucky")
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    lens = list(ex.map(collatz_len, range(1, 21)))
print(lens)
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(slow_square, i): i for i in range(8)}
    done = {}
    for fut in as_completed(futures):
        i = futures[fut]
        try:
            done[i] = fut.result()
        except ValueError as e:
            done[i] = str(e)
print([done[i] for i in sorted(done)])
with ThreadPoolExecutor() as ex:
    f = ex.submit(sum, [1, 2, 3])
    print(f.result(timeout=5), f.done())
best = max(range(1, 1000), key=collatz_len)
print("longest chain under 1000:", best, collatz_len(best))
