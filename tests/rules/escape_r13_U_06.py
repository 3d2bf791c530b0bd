# expect: reject unbound
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a process ran: uid=... printed)
# why: family U', own member: methodcaller('copy', self=P) hands the receiver as a keyword

import collections, copy, operator, typing
class P:
    pass
T = operator.methodcaller("copy", self=P)(collections.Counter)   # Counter.copy(self=P)
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
print(ev("__import__('os').popen('id').read()"))
