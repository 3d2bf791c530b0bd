# Serialise values to a tiny XML-like format with functools.singledispatch.
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from functools import singledispatch


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    born: date
    balance: Decimal
    address: Address
    tags: list


@singledispatch
def to_xml(value, tag):
    raise TypeError(f"cannot serialise {type(value).__name__}")


@to_xml.register(str)
@to_xml.register(int)
def _(value, tag):
    return f"<{tag}>{value}</{tag}>"


@to_xml.register
def _(value: bool, tag):
    return f"<{tag}>{'true' if value else 'false'}</{tag}>"


@to_xml.register
def _(value: date, tag):
    return f'<{tag} type="date">{value.isoformat()}</{tag}>'


@to_xml.register
def _(value: Decimal, tag):
    return f'<{tag} type="money">{value:.2f}</{tag}>'


@to_xml.register
def _(value: list, tag):
    return f"<{tag}>" + "".join(to_xml(v, "item") for v in value) + f"</{tag}>"


def dataclass_xml(obj, tag):
    inner = "".join(to_xml(getattr(obj, f.name), f.name) for f in fields(obj))
    return f"<{tag}>{inner}</{tag}>"


to_xml.register(Address, dataclass_xml)
to_xml.register(Person, dataclass_xml)

p = Person("Ada", date(1815, 12, 10), Decimal("1234.5"), Address("1 Main St", "London"), ["math", True, 42])
print(to_xml(p, "person"))
print(to_xml(7, "n"), to_xml(False, "flag"))
try:
    to_xml(3.5, "x")
except TypeError as e:
    print("error:", e)
print(sorted(t.__name__ for t in to_xml.registry if t is not object))
