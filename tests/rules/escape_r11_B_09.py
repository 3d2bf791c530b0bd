# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES written)
# why: eleventh red team (11a), family B, our own: a name bound by several from-imports, one of them a library class, in a function's scope
import configparser
from configparser import RawConfigParser as IntFlag
from collections import OrderedDict as IntFlag


class K(IntFlag):
    pass


def again():
    from configparser import RawConfigParser as IntFlag

    class L(IntFlag):
        pass

    L().BOOLEAN_STATES["pwned"] = True


again()
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
