# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES written)
# why: eleventh red team (11a), family H, our own: __copy__ returning a module's dict through a function and a name
import collections
import configparser


def pick():
    return configparser.RawConfigParser.BOOLEAN_STATES


class U(collections.UserDict):
    def __copy__(self):
        table = pick()
        return table


U({"pwned": True}).copy()
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
