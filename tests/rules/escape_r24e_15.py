# expect: reject store
# why: the red team's round 24d ok_15: goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# line: 22
# goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# mechanism: a comprehension over a UserList subclass with self.data = box: [v.append(M) for v in C()].
# rule slipped: store; iterating a UserList/UserDict hands out its `data` attribute's items, which the
#   rule does not link to the object's elements (see ok_06).

import keyword
import collections

lst = []
box = [lst]


class C(collections.UserList):
    def __init__(self):
        self.data = box


[v.append(keyword.kwlist) for v in C()]
lst[0].append("zzz")
print(keyword.kwlist[-1])
