# expect: reject method
# why: argparse facade: an Action class chooses its own dest
# line: 19
import argparse
import copy
import typing


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


class A(argparse._StoreAction):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, "__reduce_ex__", **kwargs)


p = argparse.ArgumentParser()
p.add_argument("--x", action=A, type=lambda s: reduce_ex)
ns = p.parse_args(["--x", "1"])
ev = copy.deepcopy(copy.deepcopy(ns))
ev("__import__('os').system('id')")
