# Context managers written with contextlib.contextmanager: a timer that keeps
# its measurement private, an indenting printer, and a temporary setting.
import time
from contextlib import contextmanager
from functools import wraps

settings = {"verbose": False, "precision": 2}
level = 0


@contextmanager
def indented():
    global level
    level += 1
    try:
        yield
    finally:
        level -= 1


def say(msg):
    print("  " * level + msg)


@contextmanager
def temporary(**changes):
    old = {k: settings[k] for k in changes}
    settings.update(changes)
    try:
        yield settings
    finally:
        settings.update(old)


@contextmanager
def timed(label, budget):
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    say(f"{label}: {'within' if elapsed < budget else 'over'} budget")


def logged(func):
    @wraps(func)
    def wrapper(*args):
        say(f"-> {func.__name__}{args}")
        with indented():
            result = func(*args)
        say(f"<- {func.__name__} = {result}")
        return result
    return wrapper


@logged
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


with timed("factorial", budget=5.0):
    fact(4)
with temporary(verbose=True, precision=5) as s:
    say(f"inside: {s}")
say(f"after: {settings}")
try:
    with temporary(precision=9):
        raise RuntimeError("boom")
except RuntimeError as e:
    say(f"caught {e}; precision restored to {settings['precision']}")
print(fact.__name__, fact.__wrapped__.__name__)
