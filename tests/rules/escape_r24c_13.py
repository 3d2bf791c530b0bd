# expect: reject store
# why: the red team's round 24b ok_13: goal: writes into keyword.kwlist (lower tier)
# line: 19
# goal: writes into keyword.kwlist (lower tier)
# mechanism: class-body `__neg__ = lst2.copy`: -C() is a shallow copy of lst2, whose [0] is lst.
# rule slipped: store; OP_RETURNS ((ret)__op) gets what def bodies return, not what a bound
#   method value bound in a class body returns (see ok_10).

import keyword

lst = []
lst2 = [lst]


class C:
    __neg__ = lst2.copy


(-C())[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
