# expect: reject store
# why: the red team's round 24d ok_09: goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# line: 15
# goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# mechanism: for g in [d.get]: g("a") is lst (d = {"a": lst}).
# rule slipped: store; a bound method held in a name bound otherwise than `NAME = R.m` (for target,
#   parameter, match capture, with target) feeds no "()f": its call is linked to nothing R holds
#   (see ok_01 for the code path).

import keyword

lst = []
d = {"a": lst}
for g in [d.get]:
    g("a").append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
