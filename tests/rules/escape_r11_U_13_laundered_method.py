# expect: reject method
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13 (unbound library methods), own member: Counter.copy(self) in a subclass's method, the method then called through its class with a class as self
#
# Goal reached: `type` by value -> typing._GenericAlias built with name="__builtins__" -> eval -> ran a process (`id`).
import collections, copy, typing


class P:
    pass


class K(collections.Counter):
    def dup(self):
        return collections.Counter.copy(self)


ty = K.dup(P)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")
