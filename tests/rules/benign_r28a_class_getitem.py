# expect: accept
# why: round 28a look-alike: __class_getitem__ answering typing.Generic's alias through super(), text, or cls itself
import typing

T = typing.TypeVar("T")


class Stack(typing.Generic[T]):
    def __init__(self) -> None:
        self.items: list = []

    def push(self, item) -> None:
        self.items.append(item)

    def __class_getitem__(cls, item):
        return super().__class_getitem__(item)


class Tagged:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"


class Same:
    def __class_getitem__(cls, item):
        return cls


s = Stack[int]()
s.push(3)
print(s.items, Tagged[int], Same[str] is Same)
