# expect: reject store
# why: the red team's round 24b ok_18: goal: writes into keyword.kwlist (lower tier)
# line: 13
# goal: writes into keyword.kwlist (lower tier)
# mechanism: g = box.copy; g()[0] is lst.
# rule slipped: store; a bound method value called through a name links nothing (see ok_17).

import keyword

lst = []
box = [lst]
g = box.copy
g()[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
