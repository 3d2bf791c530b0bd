# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 3.11 (keyword.kwlist ends with 'pwn')
# why: the class-body binding `data = keyword.kwlist` in a UserList subclass whose
#   __init__ sets none of its own: UserList.append writes the class attribute's list.
import keyword
from collections import UserList


class E(UserList):
    data = keyword.kwlist

    def __init__(self):
        pass


E().append("pwn")
print(keyword.kwlist[-3:])
