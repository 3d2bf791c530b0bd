# expect: reject unbound
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a process ran: uid=... printed)
# why: family U', own member: getattr(collections.UserList, 'cop' + t)(P) is UserList.copy(P)

import collections, copy, typing
class P:
    pass
t = "y"
T = getattr(collections.UserList, "cop" + t)(P)   # UserList.copy(P): P.__class__(P) is type
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
print(ev("__import__('os').popen('id').read()"))
