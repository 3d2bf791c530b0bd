# expect: reject store
# why: the red team's round 24b ok_15: goal: writes into keyword.kwlist (lower tier)
# line: 16
# goal: writes into keyword.kwlist (lower tier)
# mechanism: a NAME operand: (box * 1)[0] is lst (box = [lst]); not a builtin-operand case.
# rule slipped: store; alias_roots' binary_operator case links only OP_RETURNS, never the
#   operands' elements, whatever the operands are (box is no builtin operand, so H_OP stays, but
#   the program defines no operator method and H_OP/OP_RETURNS is empty).

import keyword

lst = []
x = lst * 1
box = [lst]
(box * 1)[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
