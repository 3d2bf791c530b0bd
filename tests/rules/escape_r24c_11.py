# expect: reject store
# why: the red team's round 24b ok_11: goal: writes into keyword.kwlist (lower tier)
# line: 20
# goal: writes into keyword.kwlist (lower tier)
# mechanism: class-body `__iter__ = lst2.__iter__`: iter(C()) is lst2's list iterator, whose
#   first item is lst.
# rule slipped: store; (ret)__iter__ is fed by the class-body binding's value, not by what
#   calling that bound method returns (see ok_10).

import keyword

lst = []
lst2 = [lst]


class C:
    __iter__ = lst2.__iter__


next(iter(C())).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
