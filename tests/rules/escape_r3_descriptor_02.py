# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: functools.cached_property used as a decorator; the class access A.hook
#   returns the cached_property object itself, and setattr with a literal name
#   renames its attrname: __get__ then writes the computed value into the
#   instance dict under "__reduce_ex__"; deepcopy runs it and forges a typing
#   alias whose reduce hands out eval.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import functools
import typing


class A:
    @functools.cached_property
    def hook(self):
        def inner(proto):
            return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})
        return inner


setattr(A.hook, "attrname", "__reduce_ex__")
a = A()
a.hook
ev = copy.deepcopy(copy.deepcopy(a))
ev("__import__('os').system('id')")
