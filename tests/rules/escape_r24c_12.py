# expect: reject store
# why: the red team's round 24b ok_12: goal: writes into keyword.kwlist (lower tier)
# line: 21
# goal: writes into keyword.kwlist (lower tier)
# mechanism: class-body `__call__ = lst2.pop`: C()() calls lst2.pop() (no self passed: a
#   builtin method is no descriptor) and hands back lst.
# rule slipped: store; (ret)__call__ (closed after round 24a for defs) is not fed with what a
#   bound method value returns (see ok_10).

import keyword

lst = []
lst2 = [lst]


class C:
    __call__ = lst2.pop


C()().append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
