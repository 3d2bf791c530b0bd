# expect: reject store
# why: the red team's round 24a ok_11: goal: writes into keyword.kwlist (lower tier)
# line: 21
# goal: writes into keyword.kwlist (lower tier)
# mechanism: an Enum member's .value is the very object of the class-body binding A = lst;
#   E.A.value.append(kwlist) puts kwlist into lst; lst[0].append('zzz') writes kwlist.
#   Also accepted: v = E.A.value; v.append(...) and E['A'].value (variant below).
# rule slipped: store. Receiver E.A.value: keyed by the attribute name 'value' (see ok_19);
#   bound through a name, attr_object_aliases takes E.A.value as a part ONE LEVEL INSIDE E.A's
#   object (the class body's lst), while Enum's metaclass makes .value lst itself.
import keyword
import enum

lst = []


class E(enum.Enum):
    A = lst


E.A.value.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])

# variant (also accepted):
# import keyword
# import enum
# 
# lst = []
# 
# 
# class E(enum.Enum):
#     A = lst
# 
# 
# v = E["A"].value
# v.append(keyword.kwlist)
# lst[0].append("zzz")
# print(keyword.kwlist[-1])
