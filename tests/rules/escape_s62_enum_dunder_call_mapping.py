# expect: reject dunder
# line: 24
# why: round 92 (red team): Base.__call__("E", {...}) in a plain function is enum's functional API with a mapping holding __reduce_ex__; copy.deepcopy then set fromfile_prefix_chars on an ArgumentParser and parse_args read /etc/passwd
import argparse
import copy
import enum

parser = argparse.ArgumentParser(prog="x")


def give():
    return parser


def red(self, proto):
    return (give, (), {"fromfile_prefix_chars": "@"})


class Base(enum.Enum):
    pass


def make():
    return Base.__call__("E", {"A": 1, "__reduce_ex__": red, "__copy__": None, "__deepcopy__": None})


E = make()
copy.deepcopy([E.A])
parser.parse_args(["@/etc/passwd"])
