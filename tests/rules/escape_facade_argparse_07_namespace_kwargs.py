# expect: reject module_attribute
# why: argparse facade: Namespace(**mapping) sets attributes named at run time
# line: 13
import argparse
import copy
import typing


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


ns = argparse.Namespace(**{"__reduce_" + "ex__": reduce_ex})
ev = copy.deepcopy(copy.deepcopy(ns))
ev("__import__('os').system('id')")
