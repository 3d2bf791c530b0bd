# expect: reject dunder
# line: 22
# why: round 92 (red team): cls.__call__ on a memberless enum class handed to a classmethod, the same functional API
import argparse
import copy
import enum

parser = argparse.ArgumentParser(prog="x")


def give():
    return parser


def red(self, proto):
    return (give, (), {"fromfile_prefix_chars": "@"})


class Base(enum.Enum):
    @classmethod
    def make(cls):
        return cls.__call__("E", {"A": 1, "__reduce_ex__": red, "__copy__": None, "__deepcopy__": None})


E = Base.make()
copy.deepcopy([E.A])
parser.parse_args(["@/etc/passwd"])
