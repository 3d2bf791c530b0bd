# expect: reject store
# why: the red team's round 24b ok_07: goal: writes into keyword.kwlist (lower tier)
# line: 12
# goal: writes into keyword.kwlist (lower tier)
# mechanism: dict union keeps values: ({"a": lst} | {})["a"] is lst.
# rule slipped: store; binary operator value aliased only to OP_RETURNS (see ok_04).

import keyword

lst = []
({"a": lst} | {})["a"].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
