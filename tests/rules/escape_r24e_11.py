# expect: reject store
# why: the red team's round 24d ok_11: goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# line: 18
# goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# mechanism: run(box.copy().pop): the parameter is the pop of a shallow copy, whose item is lst; y = f(); y.append(...).
# rule slipped: store; a bound method held in a name bound otherwise than `NAME = R.m` (for target,
#   parameter, match capture, with target) feeds no "()f": its call is linked to nothing R holds
#   (see ok_01 for the code path).

import keyword

lst = []
box = [lst]


def run(f):
    y = f()
    y.append(keyword.kwlist)


run(box.copy().pop)
lst[0].append("zzz")
print(keyword.kwlist[-1])
