# expect: accept
# why: session 28 (honest26 p35): a name bound once to a dict display calls dict's get with a default, beside the program's privileged get (which reads a private attribute): the receiver is a builtin container, so the call is no call of the program's method
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def add(self, key: int, item: T) -> T:
        self._items[key] = item
        return item

    def get(self, key: int) -> Optional[T]:
        return self._items.get(key)


owners: Repository[str] = Repository()
owners.add(1, "Priya")
owners.add(2, "Tomasz")
bills: dict[str, float] = {}
for key, cost in [(1, 40.0), (2, 12.5), (1, 7.25), (3, 1.0)]:
    owner = owners.get(key)
    if owner:
        bills[owner] = bills.get(owner, 0.0) + cost
print(sorted(bills.items()))
