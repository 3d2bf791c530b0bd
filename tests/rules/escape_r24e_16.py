# expect: reject store
# why: the red team's round 24d ok_16: goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# line: 22
# goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# mechanism: a UserDict subclass with self.data = d: for v in C().values(): v is lst.
# rule slipped: store; iterating a UserList/UserDict hands out its `data` attribute's items, which the
#   rule does not link to the object's elements (see ok_06).

import keyword
import collections

lst = []
d = {"a": lst}


class C(collections.UserDict):
    def __init__(self):
        self.data = d


for v in C().values():
    v.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
