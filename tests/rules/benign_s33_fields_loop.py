# expect: accept
# why: dataclasses.fields() in the idioms people write: a field's name read back with getattr/setattr on the object (each annotated name judged as if written out), the Fields only read
import dataclasses
from dataclasses import dataclass, field, fields


@dataclass
class Item:
    sku: str
    qty: int = 0
    tags: list = field(default_factory=list)


@dataclass
class Order:
    number: int
    items: list = field(default_factory=list)


def describe(obj):
    parts = []
    for f in fields(obj):
        parts.append(f"{f.name}={getattr(obj, f.name)!r}")
    return f"{type(obj).__name__}({', '.join(parts)})"


def to_row(obj):
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def diff(a, b):
    return [f.name for f in fields(a) if getattr(a, f.name) != getattr(b, f.name)]


def bump(obj, step):
    for f in fields(obj):
        if f.type is int or f.type == "int":
            setattr(obj, f.name, getattr(obj, f.name) + step)


i = Item("A1", 2, ["x"])
j = Item("A1", 3)
print(describe(i))
print(to_row(j))
print(diff(i, j))
bump(i, 5)
print(i.qty, [f.name for f in fields(Order)], [f.default for f in fields(Item) if f.name == "qty"])
