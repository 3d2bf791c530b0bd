# expect: reject store
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES written)
# why: eleventh red team (11a), family B, our own: typing's Protocol imported at module level, a library class imported as Protocol in a function's scope
import configparser
from typing import Protocol


def make():
    from configparser import RawConfigParser as Protocol

    class K(Protocol):
        pass

    return K


K = make()
K().BOOLEAN_STATES["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"), Protocol.__name__)
