# expect: reject module_attribute
# why: argparse facade: register() makes a program class argparse's store action
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
p.register("action", "store", A)
p.add_argument("--x", action="store", type=lambda s: reduce_ex)
ns = p.parse_args(["--x", "1"])
ev = copy.deepcopy(copy.deepcopy(ns))
ev("__import__('os').system('id')")
