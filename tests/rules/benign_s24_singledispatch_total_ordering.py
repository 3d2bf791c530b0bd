# expect: accept
# why: honest27 p36: @f.register over defs annotated with a @total_ordering class and an ABC subclass; total_ordering hands back its class (plain_class_statement), and a name under bare singledispatch, total_ordering, cache, lru_cache, dataclass, abstractmethod, final, unique or contextmanager alone is the def or class itself or a wrapper made for it, no module's object (own_product_decorators), so f.register writes into the program's own registry
from abc import ABC
from functools import reduce, singledispatch, total_ordering


@total_ordering
class Note:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Note) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __hash__(self):
        return hash(self.v)


class Scale(ABC):
    def __init__(self, steps):
        self.steps = steps

    def offsets(self):
        return reduce(lambda acc, s: acc + [acc[-1] + s], self.steps, [0])


@singledispatch
def describe(thing) -> str:
    return f"something ({thing!r})"


@describe.register
def _(thing: Note) -> str:
    return f"note {thing.v}"


@describe.register
def _(thing: Scale) -> str:
    return f"scale {thing.offsets()}"


@describe.register(int)
def _(n) -> str:
    return f"int {n}"


print(describe(Note(3)), describe(Scale((2, 2, 1))), describe(7), describe("x"), Note(1) <= Note(2))
