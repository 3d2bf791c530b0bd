# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: `type` is allowed in annotations, and annotations are evaluated: a
#   call inside one (x: leak(type)) hands the builtin metaclass to the program,
#   which builds a class from a mapping holding __reduce_ex__.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import typing

made = []


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


def leak(t):
    made.append(t("K", (), {"__reduce_ex__": red}))
    return int


def f(x: leak(type)):
    return x


ev = copy.deepcopy(copy.deepcopy(made[0]()))
ev("__import__('os').system('id')")
