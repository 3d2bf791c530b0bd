# expect: reject store
# why: the red team's round 24b ok_08: goal: writes into keyword.kwlist (lower tier)
# line: 14
# goal: writes into keyword.kwlist (lower tier)
# mechanism: a for loop over [lst] * 1 binds v to lst; v.append(kwlist) stores into lst.
# rule slipped: store; the loop target's iteration of an operator value links nothing of the
#   operands (see ok_04).

import keyword

lst = []
for v in [lst] * 1:
    v.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
