# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES written)
# why: eleventh red team (11a), family H, our own: a __copy__ under a program decorator that swaps in a function returning a module's dict
import collections
import configparser


def pick(self):
    return configparser.RawConfigParser.BOOLEAN_STATES


def swap(f):
    return pick


class U(collections.UserDict):
    @swap
    def __copy__(self):
        return self


U({"pwned": True}).copy()
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
