# expect: reject module_attribute
# line: 16
# why: a subscripted base other than typing.Generic runs the program's __class_getitem__, which may answer any class as the base (__mro_entries__): @dataclass stays off it

from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class Base:
    def __class_getitem__(cls, item):
        return cls


@dataclass
class Box(Base[T]):
    value: T
