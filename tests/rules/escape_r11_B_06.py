# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES written)
# why: eleventh red team (11a), family B, our own: typing's Protocol imported, then the name rebound to a library class
import configparser
from typing import Protocol

Protocol = configparser.RawConfigParser


class K(Protocol):
    pass


K().BOOLEAN_STATES["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
