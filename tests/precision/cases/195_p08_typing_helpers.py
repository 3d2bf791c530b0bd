from __future__ import annotations
from typing import (Any, Callable, Dict, Iterable, List, Mapping, Optional,
                    Tuple, TypeVar, Union, overload)

T = TypeVar("T")
K = TypeVar("K")

def group_by(items: Iterable[T], key: Callable[[T], K]) -> Dict[K, List[T]]:
    out: Dict[K, List[T]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out

def first(items: Iterable[T], default: Optional[T] = None) -> Optional[T]:
    for it in items:
        return it
    return default

def flatten(nested: Iterable[Union[T, Iterable[T]]]) -> List[Any]:
    res: List[Any] = []
    for x in nested:
        if isinstance(x, (list, tuple)):
            res.extend(flatten(x))
        else:
            res.append(x)
    return res

@overload
def parse(v: str) -> int: ...
@overload
def parse(v: bytes) -> int: ...
def parse(v: Union[str, bytes]) -> int:
    return int(v.decode() if isinstance(v, bytes) else v)

def pick(d: Mapping[str, T], *keys: str) -> Tuple[T, ...]:
    return tuple(d[k] for k in keys)

words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(group_by(words, lambda w: w[0]))
print(first([]), first(words))
print(flatten([1, [2, [3, 4]], (5,), 6]))
print(parse("42") + parse(b"8"))
print(pick({"a": 1, "b": 2, "c": 3}, "c", "a"))
print(group_by.__annotations__["return"])
