# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES written)
# why: eleventh red team (11a), family B, our own: a class attribute named Generic, subscripted as Generic[T] is
import configparser
import typing


class Ns:
    Generic = configparser.RawConfigParser


T = typing.TypeVar("T")


class K(Ns.Generic[T]):
    pass


K().BOOLEAN_STATES["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
