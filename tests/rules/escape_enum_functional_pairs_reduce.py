# expect: reject class
# why: the functional API's (name, value) pairs reach the class dict as a mapping does: a dunder name with a program value is a method of the new class (__deepcopy__ None, __reduce_ex__ a program function), and copy.deepcopy of a member runs that reduce; pairs are accepted only with literal non-private names and number or string values
# line: 11
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir: builtin eval as a value, called -> ran `id`
import copy
import enum
import typing
def red(self, proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})

E = enum.Enum("E", [("A", 1), ("__deepcopy__", None), ("__reduce_ex__", red)])
ev = copy.deepcopy(copy.deepcopy(E.A))
ev("__import__('os').system('id')")
