# functools: lru_cache, partial, reduce, wraps, singledispatch, total_ordering, cached_property
import functools
from functools import lru_cache, partial, reduce, wraps, singledispatch, total_ordering, cached_property

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result}")
        return result
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents

class Report:
    def __init__(self, data):
        self.data = data
    @cached_property
    def stats(self):
        print("computing stats")
        return (min(self.data), max(self.data))

print(fib(80), fib.cache_info().hits > 0)
add(2, 3)
print(add.__name__, add.__doc__)
print(describe(5), describe([1, 2]), describe("s"))
print(Money(5) >= Money(3), Money(2) <= Money(2), Money(1) > Money(4))
r = Report([4, 1, 9])
print(r.stats, r.stats)
pow2 = partial(pow, 2)
print(pow2(10), reduce(lambda a, b: a * b, range(1, 7)), reduce(max, [3, 8, 2], 0))
int_from_bin = partial(int, base=2)
print(int_from_bin("1011"), functools.cmp_to_key(lambda a, b: b - a)(3) < functools.cmp_to_key(lambda a, b: b - a)(1))
