# expect: reject store
# why: the red team's round 24b ok_05: goal: writes into keyword.kwlist (lower tier)
# line: 13
# goal: writes into keyword.kwlist (lower tier)
# mechanism: tuple concatenation keeps element objects: ((lst,) + ())[0] is lst.
# rule slipped: store; binary operator's value aliased only to OP_RETURNS, not to operands' parts
#   (see ok_04).

import keyword

lst = []
((lst,) + ())[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
