# Fibonacci three ways: naive recursion, lru_cache, and iteration.
from functools import lru_cache

calls = 0


def fib_naive(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib_naive(n - 1) + fib_naive(n - 2)


@lru_cache(maxsize=None)
def fib_cached(n):
    if n < 2:
        return n
    return fib_cached(n - 1) + fib_cached(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print("naive fib(20) =", fib_naive(20), "calls:", calls)
print("cached fib(100) =", fib_cached(100))
info = fib_cached.cache_info()
print(f"hits={info.hits} misses={info.misses} size={info.currsize}")
print("iter fib(100) =", fib_iter(100))
assert all(fib_cached(i) == fib_iter(i) for i in range(200))
print("first 12:", [fib_iter(i) for i in range(12)])
print("digits in fib(1000):", len(str(fib_iter(1000))))
