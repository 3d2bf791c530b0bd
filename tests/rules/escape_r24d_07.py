# expect: reject store
# why: the red team's round 24c ok_07: goal: writes into keyword.kwlist (lower tier)
# line: 16
# goal: writes into keyword.kwlist (lower tier)
# mechanism: x = tuple(v[0] for v in box); x[0] is lst (bound form)
# rule slipped: store. alias_roots' call case counts the arguments only when the call's
#   'arguments' node is an argument_list (na = 0 otherwise); a call whose sole argument is a bare
#   generator expression, f(x for x in y), has a generator_expression node there, so the call's
#   result is linked to NO argument (and protocol_part_aliases/DUCK_RETURNS are skipped, na == 0).

import keyword

lst = []
box = [[lst]]
x = tuple(v[0] for v in box)
x[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
