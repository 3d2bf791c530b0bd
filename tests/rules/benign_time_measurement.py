# expect: accept
import time


def timed(fn, *args, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


fast = timed(sum, range(10000))
slow = timed(lambda n: sum(i for i in range(n)), 10000)
print(fast >= 0, slow >= 0, time.gmtime(0).tm_year, time.strftime("%Y", time.gmtime(86400 * 365)))
