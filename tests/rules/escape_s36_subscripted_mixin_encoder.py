# expect: reject class
# line: 18
# why: a Generic mixin written M[int] beside json.JSONEncoder: its default receives every object the encoder cannot encode (round 60)
import json
import logging
import typing

T = typing.TypeVar("T")


class Mixin(typing.Generic[T]):
    def default(self, o):
        if isinstance(o, logging.Logger):
            o.disabled = True
        return "x"


class Enc(Mixin[int], json.JSONEncoder):
    pass


print(Enc().encode([logging.getLogger()]), logging.getLogger().disabled)
