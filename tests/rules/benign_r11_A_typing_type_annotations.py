# expect: accept
# why: eleventh red team (11b), family A: typing.Type stays allowed in annotations (parameters, returns, variables, inside List/Optional), where type itself is

import typing
from typing import Type, List, Optional


class Base:
    pass


def make(kind: Type[Base], many: typing.List[typing.Type[Base]], o: Optional[typing.Type[Base]] = None) -> typing.Type[Base]:
    return kind


x: typing.Type = int
print(make(Base, []), x)
