# expect: reject store
# why: the red team's round 24d ok_13: goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# line: 18
# goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# mechanism: c = collections.UserList(); c.data = box; x, = c (unpacking) is lst.
# rule slipped: store; iterating a UserList/UserDict hands out its `data` attribute's items, which the
#   rule does not link to the object's elements (see ok_06).

import keyword
import collections

lst = []
box = [lst]
c = collections.UserList()
c.data = box
x, = c
x.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
