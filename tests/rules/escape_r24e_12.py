# expect: reject store
# why: the red team's round 24d ok_12: goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# line: 26
# goal: writes into keyword.kwlist (lower tier; prints "zzz", the appended item)
# mechanism: a class-pattern case then a capture case: match box.pop: case C(): ... case C: binds C = box.pop; C() is lst.
# rule slipped: store; a bound method held in a name bound otherwise than `NAME = R.m` (for target,
#   parameter, match capture, with target) feeds no "()f": its call is linked to nothing R holds
#   (see ok_01 for the code path).

import keyword

lst = []
box = [lst]


class C:
    pass


match box.pop:
    case C():
        pass
    case C:
        pass
C().append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
