# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: numbers.ABCMeta (abc.ABCMeta re-exported) reached through a module
#   alias and its __new__ called by hand: the class is built from a mapping with
#   __reduce_ex__; deepcopy forges a typing alias whose reduce hands out eval.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import numbers as nums
import typing


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


K = nums.ABCMeta.__new__(nums.ABCMeta, "K", (), {"__reduce_ex__": red})
ev = copy.deepcopy(copy.deepcopy(K()))
ev("__import__('os').system('id')")
