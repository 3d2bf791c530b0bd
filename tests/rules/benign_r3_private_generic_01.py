# expect: accept
# why: a generic class of the program named in subscripted annotations (Stack[int])
# stays closed: an annotation reads the name, it binds nothing
import typing
T = typing.TypeVar("T")
class Stack(typing.Generic[T]):
    def __init__(self):
        self._items = []
    def push(self, x: T) -> None:
        self._items.append(x)
    def size(self) -> int:
        return len(self._items)
def fill(s: Stack[int]) -> Stack[int]:
    s.push(1)
    return s
print(fill(Stack()).size())
