# expect: reject unbound
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13 (unbound library methods), own member: Counter.copy taken as a value and handed to map
#
# Goal reached: `type` by value -> typing._GenericAlias built with name="__builtins__" -> eval -> ran a process (`id`).
import collections, copy, typing


class P:
    pass


ty = list(map(collections.Counter.copy, [P]))[0]
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")
