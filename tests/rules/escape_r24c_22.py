# expect: reject store
# why: the red team's round 24b ok_22: goal: writes into keyword.kwlist (lower tier)
# line: 14
# goal: writes into keyword.kwlist (lower tier)
# mechanism: f = d.get; f("a") is d["a"] = lst.
# rule slipped: store; a bound method value called through a name: the call's result is linked
#   to its argument "a" (text) only, never to d (see ok_17).

import keyword

lst = []
d = {"a": lst}
f = d.get
f("a").append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
