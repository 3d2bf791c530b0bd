# expect: accept
# why: field(...) in a class body whose other defaults are plain values, methods
# reading the field through self, a nested function using the same name for its
# own variable: the Field is only @dataclass's
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Order:
    items: list = field(default_factory=list)
    tags: set = field(default_factory=set)
    total: float = 0.0

    def add(self, name, price):
        self.items.append(name)
        self.total += price

    def report(self):
        def fmt(items):
            return ", ".join(items)
        return f"{fmt(self.items)}: {self.total:.2f}"


@dataclasses.dataclass
class Rush(Order):
    fee: float = 5.0


o = Rush()
o.add("tea", 2.5)
print(o.report(), o.fee, dataclasses.asdict(o)["items"])
