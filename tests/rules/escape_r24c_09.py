# expect: reject store
# why: the red team's round 24b ok_09: goal: writes into keyword.kwlist (lower tier)
# line: 13
# goal: writes into keyword.kwlist (lower tier)
# mechanism: y = [[lst] * 1]; y[0][0] is lst (operator value nested in a display).
# rule slipped: store; the display's element is an operator, whose value aliases only OP_RETURNS.

import keyword

lst = []
y = [[lst] * 1]
y[0][0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
