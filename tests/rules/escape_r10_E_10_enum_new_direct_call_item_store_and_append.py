# expect: reject dunder
# line: 19
# verified: tenth static red team (round 10a), ok_10 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family E, direct call: K(v) with K.__new__ returning enum.Enum.__new__(cls, v) = K._value2member_map_[v]; no copy needed. hooks.c accepts the __new__ ('X.__new__(cls, ...)', X a name), and the store rule follows item stores and mutating calls through the program's own code only, so K(1)[k] = v and K(2).append(v) are stores on a new value (attribute stores such as K(3).encode = f are refused: the rule follows calls for those)
# Goal reached: writes into standard-library containers: RawConfigParser.BOOLEAN_STATES and keyword.kwlist extended
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': True}
#   ['yield', 'pwned']

import configparser
import enum
import keyword


class K:
    _value2member_map_ = {1: configparser.RawConfigParser.BOOLEAN_STATES, 2: keyword.kwlist}

    def __new__(cls, *a):
        return enum.Enum.__new__(cls, *a)


K(1)["pwned"] = True
K(2).append("pwned")
print(configparser.RawConfigParser.BOOLEAN_STATES)
print(keyword.kwlist[-2:])
