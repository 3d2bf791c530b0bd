# expect: reject store
# why: the red team's round 24a ok_17: goal: writes into keyword.kwlist (lower tier)
# line: 24
# goal: writes into keyword.kwlist (lower tier)
# mechanism: class L(collections.UserList): pass; x = L(); x.data.append(lst); x[0] is lst via
#   UserList's inherited __getitem__ (self.data[i]); x[0].append(kwlist) puts kwlist into lst.
# rule slipped: store, through protocol_named: item_protocol_aliases links x[0] to
#   '(ret)__getitem__' only when the program's text spells __getitem__; here the method is a
#   library base's, reading the attribute data, so x[0] is linked to x's items (none stored)
#   and not to x.data's: the protocol method the program inherits is missed.
import keyword
import collections

lst = []


class L(collections.UserList):
    pass


x = L()
x.data.append(lst)
x[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
