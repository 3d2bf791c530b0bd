# expect: reject method
# why: argparse facade: add_argument returns the Action whose dest argparse trusts
# line: 14
import argparse
import copy
import typing


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


p = argparse.ArgumentParser()
a = p.add_argument("--x", type=lambda s: reduce_ex)
a.dest = "__reduce_ex__"
ns = p.parse_args(["--x", "1"])
ev = copy.deepcopy(copy.deepcopy(ns))
ev("__import__('os').system('id')")
