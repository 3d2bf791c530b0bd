# expect: accept
# why: honest look-alikes of the comparison purity rule's iteration allowance
#   (rules/README.md, section 5): comparisons that iterate attributes (sorted,
#   sum, len, min, max, any, in, for) in a program whose iterators run no code of
#   its own: generator expressions consumed where they are written (sum, join of
#   a literal), comprehensions, dict views, zip, enumerate and range elsewhere
from dataclasses import dataclass, field


class Post:
    def __init__(self, title, *tags):
        self.title = title
        self.tags = [t.lower() for t in tags]

    def __eq__(self, other):
        return sorted(self.tags) == sorted(other.tags)

    def __hash__(self):
        return hash(tuple(sorted(self.tags)))

    def __lt__(self, other):
        return (len(self.tags), min(self.tags, default=""), self.title) < (
            len(other.tags), min(other.tags, default=""), other.title)


@dataclass(order=False)
class Order:
    lines: list = field(default_factory=list)

    def total(self):
        return sum(q * p for q, p in self.lines)

    def __lt__(self, other):
        return self.total() < other.total()

    def __le__(self, other):
        return any(p > 100 for _, p in self.lines) or self.total() <= other.total()

    def __eq__(self, other):
        for a, b in zip(self.lines, other.lines):
            if a != b:
                return False
        return "vip" in self.labels() and len(self.lines) == len(other.lines)

    def labels(self):
        return {k for k, v in [("vip", self.total() > 50), ("bulk", len(self.lines) > 3)] if v}


posts = [Post("b", "Py", "C"), Post("a", "c", "py"), Post("c", "go")]
print(sorted(posts)[0].title, posts[0] == posts[1], len(set(posts)))
orders = [Order([(2, 30.0)]), Order([(1, 5.0), (3, 1.0)]), Order()]
print([o.total() for o in sorted(orders)], orders[0] <= orders[1], orders[0] == Order([(2, 30.0)]))
print(", ".join(str(i) + ":" + p.title for i, p in enumerate(posts)), sum(x * x for x in range(4)))
