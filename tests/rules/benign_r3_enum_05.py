# expect: accept
# why: with enum classes in the program, classes deriving from typing.Generic[T] keep
# their classmethod factories: their bases are library classes the checker can name
import enum
import typing
from typing import Generic, TypeVar
T = TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, a, b):
        self.a = a
    @classmethod
    def of(cls, a, b):
        return cls(a, b)
class Bag(Generic[T]):
    @classmethod
    def of(cls, a, b):
        return cls()
class Color(enum.Enum):
    RED = 1
print(Box.of(1, 2).a, Color.RED)
