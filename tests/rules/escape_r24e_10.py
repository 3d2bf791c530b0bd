# expect: reject store
# why: the red team's round 24d ok_10: goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# line: 17
# goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# mechanism: keyword-only parameter: def run(*, f): f().append(...); run(f=box.pop).
# rule slipped: store; a bound method held in a name bound otherwise than `NAME = R.m` (for target,
#   parameter, match capture, with target) feeds no "()f": its call is linked to nothing R holds
#   (see ok_01 for the code path).

import keyword

lst = []
box = [lst]


def run(*, f):
    f().append(keyword.kwlist)


run(f=box.pop)
lst[0].append("zzz")
print(keyword.kwlist[-1])
