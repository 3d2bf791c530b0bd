# expect: accept
# why: lru_cache, cache, reduce, partial, total_ordering
from functools import lru_cache, cache, reduce, partial, total_ordering


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


print(fib(80), ways(10), fib.cache_info().hits > 0)
print(reduce(lambda a, b: a * b, range(1, 10)))
base2 = partial(int, base=2)
print(base2("101101"))
print(sorted(["1.10", "1.2", "1.9"], key=Version), Version("2.0") >= Version("1.9"))
