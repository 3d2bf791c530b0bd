# expect: accept
# why: type hints, typing imports, Generic, Protocol
from typing import Callable, Dict, Generic, Iterable, Iterator, List, Optional, Protocol, Tuple, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __len__(self) -> int:
        return len(self._items)


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


def group_by(xs: Iterable[T], key: Callable[[T], K]) -> Dict[K, List[T]]:
    out: Dict[K, List[T]] = {}
    for x in xs:
        out.setdefault(key(x), []).append(x)
    return out


def pairs(xs: List[int]) -> Iterator[Tuple[int, int]]:
    return zip(xs, xs[1:])


def parse(v: Union[int, str]) -> int | None:
    try:
        return int(v)
    except ValueError:
        return None


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s), group_by(range(6), lambda n: n % 3), list(pairs([1, 2, 4])), parse("x"))
