# expect: reject store
# why: the red team's round 24d ok_14: goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# line: 21
# goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# mechanism: next(iter(C())) for a UserList subclass with self.data = box is lst.
# rule slipped: store; iterating a UserList/UserDict hands out its `data` attribute's items, which the
#   rule does not link to the object's elements (see ok_06).

import keyword
import collections

lst = []
box = [lst]


class C(collections.UserList):
    def __init__(self):
        self.data = box


next(iter(C())).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
