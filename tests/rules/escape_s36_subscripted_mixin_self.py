# expect: reject class
# line: 16
# why: self in a mixin written M[int] beside configparser.RawConfigParser is the library's instance: its BOOLEAN_STATES is the library class's dict (round 60)
import configparser
import typing

T = typing.TypeVar("T")


class M(typing.Generic[T]):
    def poison(self):
        table = self.BOOLEAN_STATES
        table["pwned"] = True


class P(M[int], configparser.RawConfigParser):
    pass


P().poison()
print(configparser.RawConfigParser.BOOLEAN_STATES)
