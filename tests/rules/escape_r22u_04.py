# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 3.11 (keyword.kwlist ends with 'pwn')
# why: self.data = keyword.kwlist in a UserList subclass, then self.append: UserList
#   writes into .data. A library attribute stored on self in a class that is not
#   closed is a give: the value must not come from a module.
import keyword
from collections import UserList


class E(UserList):
    def fill(self):
        self.data = keyword.kwlist
        self.append("pwn")


E().fill()
print(keyword.kwlist[-3:])
