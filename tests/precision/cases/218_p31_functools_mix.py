import functools
from functools import lru_cache, partial, reduce, wraps, singledispatch, total_ordering, cached_property
import operator

def timed_calls(fn):
    calls = []
    @wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(args)
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper

@timed_calls
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__)

@lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

power_of_two = partial(pow, 2)
print([power_of_two(k) for k in range(8)])
print(reduce(operator.mul, range(1, 11), 1), reduce(lambda a, b: a + b, "abc"))

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(5), describe([1, 2]), describe("s"))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs), Version("2.0") >= Version("1.9"), max(vs))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing...")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
