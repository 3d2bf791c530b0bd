# expect: accept
# why: closures, nonlocal (no functools.wraps: it is denied, see rules/modules.txt)
import functools
import time


def counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


def timed(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.elapsed = time.perf_counter() - start

    wrapper.elapsed = 0.0
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


@timed
def slow_sum(n):
    """Adds the numbers below n."""
    return sum(range(n))


@repeat(3)
def greet(name):
    return "hi " + name


c = counter()
c(); c()
print(c(), slow_sum(10000), slow_sum.__name__, slow_sum.__doc__)
print(greet("bo"), slow_sum.elapsed >= 0)
