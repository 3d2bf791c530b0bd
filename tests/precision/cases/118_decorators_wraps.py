# Decorators with functools.wraps: retry, call counting, validation, memoize.
import functools


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ConnectionError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts")
        return wrapper
    return decorate


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def positive(func):
    @functools.wraps(func)
    def wrapper(*args):
        if any(a <= 0 for a in args):
            raise ValueError(f"{func.__name__} needs positive arguments, got {args}")
        return func(*args)
    return wrapper


attempts = {"n": 0}


@retry(times=3)
def flaky_fetch(url):
    """Pretend to fetch a URL; fails twice first."""
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise ConnectionError("timeout")
    return f"content of {url}"


@counted
@positive
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(flaky_fetch("example.org"))
print(flaky_fetch.__name__, "-", flaky_fetch.__doc__)
print(area(3, 4), area(2, 5))
try:
    area(-1, 2)
except ValueError as e:
    print("error:", e)
print("area calls:", area.calls, "name:", area.__name__, "doc:", area.__doc__)


@retry(times=2)
def always_down():
    raise ConnectionError("refused")


try:
    always_down()
except RuntimeError as e:
    print(e)
