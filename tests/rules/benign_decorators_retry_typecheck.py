# expect: accept
# why: decorators with arguments (no functools.wraps: it is denied, see rules/modules.txt)
import functools


def retry(times=3, exceptions=(ValueError,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"attempt {attempt} failed: {e}")
            raise last
        return wrapper
    return deco


def expects(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: {a!r} is not {t.__name__}")
            return fn(*args)
        return wrapper
    return deco


calls = iter([ValueError("flaky"), ValueError("again"), 7])


@retry(times=3)
def flaky():
    result = next(calls)
    if isinstance(result, Exception):
        raise result
    return result


@expects(int, int)
def add(a, b):
    return a + b


print(flaky(), add(2, 3))
try:
    add(2, "3")
except TypeError as e:
    print(e)
