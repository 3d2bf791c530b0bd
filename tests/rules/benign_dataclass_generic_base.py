# expect: accept
# why: a frozen dataclass over typing.Generic[T] (TypeVars made with TypeVar): Generic adds no field, no metaclass and no annotations, so its fields are the class body's own

from dataclasses import dataclass
import typing
from typing import Callable, Generic, TypeVar

T = TypeVar("T")
E = typing.TypeVar("E", bound=Exception)


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def map(self, fn: Callable[[T], T]) -> "Ok[T]":
        return Ok(fn(self.value))


@dataclass
class Err(typing.Generic[E]):
    error: E


print(Ok(3).map(lambda v: v + 1), Err(ValueError("bad")).error)
