# expect: reject store
# why: the red team's round 24b ok_23: goal: writes into keyword.kwlist (lower tier)
# line: 15
# goal: writes into keyword.kwlist (lower tier)
# mechanism: x = box * 1 then a for loop over x binds v to lst.
# rule slipped: store; x aliases only OP_RETURNS, so its iteration links nothing of box (ok_15).

import keyword

lst = []
box = [lst]
x = box * 1
for v in x:
    v.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
