# expect: reject store
# why: the red team's round 24c ok_12: goal: writes into keyword.kwlist (lower tier)
# line: 15
# goal: writes into keyword.kwlist (lower tier)
# mechanism: dict((k, lst) for k in 'a')['a'] is lst
# rule slipped: store. alias_roots' call case counts the arguments only when the call's
#   'arguments' node is an argument_list (na = 0 otherwise); a call whose sole argument is a bare
#   generator expression, f(x for x in y), has a generator_expression node there, so the call's
#   result is linked to NO argument (and protocol_part_aliases/DUCK_RETURNS are skipped, na == 0).

import keyword

lst = []
dict((k, lst) for k in "a")["a"].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
