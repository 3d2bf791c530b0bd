# expect: reject store
# line: 11
# why: inside the class body __new__ is a plain function that takes any class: called there with a library class it writes into that class's fresh instance
import configparser
from enum import Enum


class Kind(int, Enum):
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.BOOLEAN_STATES = {"yes": value}
        return obj

    parser = __new__(configparser.RawConfigParser, 1)
    ONE = 1
