# expect: reject unbound
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13 (unbound library methods), own member: Counter.copy read through a name bound to a conditional expression or a boolean operator with a library class in a branch (C = K if flag else dict)
#
# Goal reached: `type` by value -> typing._GenericAlias built with name="__builtins__" -> eval -> ran a process (`id`).
import copy, typing
from collections import Counter as K


class P:
    pass


C = K if P else dict
D = None or C
ty = D.copy(P)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")
