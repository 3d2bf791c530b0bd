# expect: accept
# why: @dataclass as the innermost decorator (other decorators above it, which get
# the finished dataclass), functools.wraps on the functions a decorator returns,
# TypedDict's functional form with literal keys: no class reaches @dataclass but
# the one its class statement built
import dataclasses
import functools
import typing
from dataclasses import dataclass, field

Movie = typing.TypedDict("Movie", {"title": str, "year": int})


def logged(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return inner


@functools.total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)


@dataclasses.dataclass
class Basket:
    items: list = field(default_factory=list)


@logged
def add(a, b):
    return a + b


m: Movie = {"title": "Alien", "year": 1979}
print(Version(1) < Version(1, 2), Basket(["egg"]), add(2, 3), m["title"], add.__name__)
