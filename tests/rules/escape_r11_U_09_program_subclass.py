# expect: reject unbound
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13 (unbound library methods), own member: UserList.copy read through a program class that derives from UserList and does not define copy
#
# Goal reached: `type` by value -> typing._GenericAlias built with name="__builtins__" -> eval -> ran a process (`id`).
import collections, copy, typing


class P:
    pass


class K(collections.UserList):
    pass


ty = K.copy(P)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")
