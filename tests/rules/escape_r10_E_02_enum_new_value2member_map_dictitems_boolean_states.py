# expect: reject dunder
# line: 18
# verified: tenth static red team (round 10a), ok_02 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family E (library __new__ as the allowed 'X.__new__(cls, ...)' return): a program __new__ returns enum.Enum.__new__(cls, v), which the hooks.c rule trusts to return an instance of cls, but Enum.__new__ returns cls._value2member_map_[v], a class attribute the program fills with any object; __getnewargs__ makes copy.deepcopy call it, and copy._reconstruct writes the copied state into that object (dict subclass: y[k] = v)
# Goal reached: write into a standard-library container: configparser.RawConfigParser.BOOLEAN_STATES gains 'pwned'
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': True}

import configparser
import copy
import enum


class K(dict):
    _value2member_map_ = {1: configparser.RawConfigParser.BOOLEAN_STATES}

    def __new__(cls, *a):
        if a:
            return enum.Enum.__new__(cls, *a)
        return super().__new__(cls)

    def __getnewargs__(self):
        return (1,)


k = K()
k["pwned"] = True
copy.deepcopy(k)
print(configparser.RawConfigParser.BOOLEAN_STATES)
