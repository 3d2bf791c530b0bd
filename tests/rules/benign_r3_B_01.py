# expect: accept
# why: Bare annotations that bind ordinary names: dataclass fields (a private one in a
#   class of the program's own), ClassVar, annotations in a plain class and at module
#   level.
import dataclasses
import typing

__version__: str = "1.0"
total: int


@dataclasses.dataclass
class Item:
    name: str
    price: float
    _hidden: int = 0
    count: typing.ClassVar[int] = 0

    def hidden(self):
        return self._hidden


class Plain:
    size: int
    label: str = "x"


print(Item("a", 1.5), Item("b", 2.0, 3).hidden(), Plain.label, __version__)
