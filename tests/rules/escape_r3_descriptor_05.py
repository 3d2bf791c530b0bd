# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: the attrname rename through a for-loop target over the class access,
#   then an augmented store: cp.attrname += "" after it is first replaced in a
#   tuple assignment (every store form is the same write).
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import functools
import typing


class Node:
    @functools.cached_property
    def cached(self):
        def inner(proto):
            return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})
        return inner


for prop in [Node.cached]:
    prop.attrname, other = "__reduce_ex__", 0
    prop.attrname += ""
n = Node()
n.cached
ev = copy.deepcopy(copy.deepcopy(n))
ev("__import__('os').system('id')")
