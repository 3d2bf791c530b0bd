# expect: reject unbound
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13, route found while closing the eleventh red team's family A: a library class's Python method called through the class takes any object as self
#
# Mechanism: collections.UserList.copy is `return self.__class__(self)`, a plain
#   function read through the class; with P a class of the program, P.__class__ is
#   the builtin `type`, so UserList.copy(P) is type(P): `type` by value, no `type`
#   spelled. Then as family A: typing._GenericAlias built by hand with
#   name="__builtins__", whose reduce indexes typing's globals, hands out eval.
# Goal reached: eval obtained and called -> ran a process (`id`).
import collections, copy, typing


class P:
    pass


ty = collections.UserList.copy(P)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")
