# expect: reject method
# why: argparse facade: dest= names the attribute argparse sets on the Namespace; deepcopy runs a __reduce_ex__ found there
# line: 14
import argparse
import copy
import typing


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


p = argparse.ArgumentParser()
p.add_argument("--x", dest="__reduce_ex__", type=lambda s: reduce_ex)
ns = p.parse_args(["--x", "1"])
ev = copy.deepcopy(copy.deepcopy(ns))
ev("__import__('os').system('id')")
