# expect: reject unbound
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13, a library class under a name or in a place the rules did not follow: a star import
#
# Mechanism: collections.Counter.copy is `return self.__class__(self)`, a plain
#   function read through the class; with P a class of the program it is type(P),
#   the builtin `type` by value. Here Counter is bound by `from collections import *`, which records no binding the read rule looked at.
# Goal reached: eval obtained and called -> ran a process (`id`).
from collections import *
import copy, typing


class P:
    pass


ty = Counter.copy(P)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev("__import__(\x27os\x27).popen(\x27id\x27).read()"), end="")
