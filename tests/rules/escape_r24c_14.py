# expect: reject store
# why: the red team's round 24b ok_14: goal: writes into keyword.kwlist (lower tier)
# line: 19
# goal: writes into keyword.kwlist (lower tier)
# mechanism: class-body `__getitem__ = d.get` with d = {0: lst}: C()[0] is d.get(0), i.e. lst.
# rule slipped: store; (ret)__getitem__ not fed with what the bound dict method returns (ok_10).

import keyword

lst = []
d = {0: lst}


class C:
    __getitem__ = d.get


C()[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
