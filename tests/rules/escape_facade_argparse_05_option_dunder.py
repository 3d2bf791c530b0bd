# expect: reject method
# why: argparse facade: an option string becomes the attribute name (--__reduce-ex__ is __reduce_ex__)
# line: 14
import argparse
import copy
import typing


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


p = argparse.ArgumentParser()
p.add_argument("--__reduce-ex__", type=lambda s: reduce_ex)
ns = p.parse_args(["--__reduce-ex__", "1"])
ev = copy.deepcopy(copy.deepcopy(ns))
ev("__import__('os').system('id')")
