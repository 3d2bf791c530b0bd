# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 3.11 (keyword.kwlist ends with 'pwn')
# why: a base-less class C stores self.data; `class E(C, UserList)` puts UserList after
#   C in the MRO: C is not closed, so the store on self is a give.
import keyword
from collections import UserList


class C:
    def fill(self, xs):
        self.data = xs
        self.extend(["pwn"])


class E(C, UserList):
    pass


E().fill(keyword.kwlist)
print(keyword.kwlist[-3:])
