# expect: reject module_attribute
# line: 15
# why: only typing.Generic[T] with TypeVar names joins program classes as a dataclass's bases; a metaclass keyword (here one that prepares the namespace the class body fills) still keeps @dataclass off

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class Meta(type):
    pass


@dataclass
class Box(Generic[T], metaclass=Meta):
    value: T
