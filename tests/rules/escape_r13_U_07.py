# expect: reject unbound
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a process ran: uid=... printed)
# why: family U', own member: case object(copy=dup) matches a class subject too

import collections, copy, typing
class P:
    pass
match collections.Counter:
    case object(copy=dup):      # object matches a class as well
        T = dup(P)
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
print(ev("__import__('os').popen('id').read()"))
