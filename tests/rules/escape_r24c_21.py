# expect: reject store
# why: the red team's round 24b ok_21: goal: writes into keyword.kwlist (lower tier)
# line: 21
# goal: writes into keyword.kwlist (lower tier)
# mechanism: a class body binds an ordinary method name to a bound builtin method:
#   `m = box.pop`; C().m() is box.pop() (no descriptor binding), i.e. lst.
# rule slipped: store; returns_fed: "()m" is fed only by a def's return / a lambda bound to m,
#   not by a class-body binding to a method VALUE, so the key is dropped; receiver_aliases links
#   the result to C(), a fresh_instance_call (no link to box). Same family as ok_10/ok_17.

import keyword

lst = []
box = [lst]


class C:
    m = box.pop


C().m().append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
