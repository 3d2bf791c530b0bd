# expect: reject store
# line: 17
# why: enum classes are recorded by name, so a plain class named like an enum class
# must not get the enum __new__ relaxation: its __new__ can be handed a library
# class and would then write into the library's instance.
import configparser
from enum import Enum


class K(Enum):
    A = 1


class K:
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj._value_ = v
        obj.BOOLEAN_STATES = {"yes": v}
        return obj


print(K(1).BOOLEAN_STATES, configparser.RawConfigParser())
