# expect: reject store
# why: the red team's round 24b ok_06: goal: writes into keyword.kwlist (lower tier)
# line: 14
# goal: writes into keyword.kwlist (lower tier)
# mechanism: the repeated list kept in a name: x = [lst] * 2; x[0] is lst.
# rule slipped: store; the binding x = <binary operator> aliases x only to OP_RETURNS, so x's
#   items are linked to nothing; the bound form is accepted too (not only the receiver form).

import keyword

lst = []
x = [lst] * 2
x[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
