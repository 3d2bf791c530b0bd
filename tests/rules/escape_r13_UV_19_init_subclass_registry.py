# expect: reject unbound
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13, a library class carried to the receiver by a flow the read rule does not follow: a class registry filled by __init_subclass__
#
# Mechanism: collections.Counter.copy is `return self.__class__(self)`, a plain
#   function read through the class; with P a class of the program it is type(P),
#   the builtin `type` by value. Here a mixin's __init_subclass__ stores every subclass, one of which derives from Counter, in a list.
# Goal reached: eval obtained and called -> ran a process (`id`).
import collections, copy, typing


class P:
    pass


registry = []


class Reg:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        registry.append(cls)


class K(Reg, collections.Counter):
    pass


ty = registry[0].copy(P)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev("__import__(\x27os\x27).popen(\x27id\x27).read()"), end="")
