# expect: reject store
# why: a class body's data = bound from an except* group member may be the library list,
#   which UserList.append would then mutate
# line: 19
import keyword
from collections import UserList


class E(UserList):
    try:
        raise ExceptionGroup("g", [KeyError(keyword.kwlist)])
    except* KeyError as g:
        data = g.exceptions[0].args[0]

    def __init__(self):
        pass


E().append("pwn")
print(keyword.kwlist[-1])
