# expect: reject dunder
# line: 17
# verified: own member of family E (plain python3 3.11.7, temp dir: BOOLEAN_STATES gains 'pwned'); why: a library __new__ (enum's, a lookup in cls._value2member_map_) called other than as super() in a closed class or a builtin data class by name
#
import configparser
import enum


class Base(enum.Enum):
    pass


class M:
    _value2member_map_ = {1: configparser.RawConfigParser.BOOLEAN_STATES}


Base.__new__(M, 1)["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES)
