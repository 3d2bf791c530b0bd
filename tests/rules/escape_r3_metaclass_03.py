# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: `from typing import ABCMeta` binds abc.ABCMeta (re-exported by typing)
#   under its own name; called as a function it builds a class from a mapping
#   holding __reduce_ex__, which deepcopy runs: a typing alias with a forged _name
#   then indexes typing's globals (builtins) -> exec.
# Goal reached: exec obtained as a value; printed the environment.
import copy
import typing
from typing import ABCMeta


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


K = ABCMeta("K", (object,), dict(__reduce_ex__=red))
ex = copy.deepcopy(copy.deepcopy(K()))
ex("import os\nprint(sorted(os.environ)[:3])")
