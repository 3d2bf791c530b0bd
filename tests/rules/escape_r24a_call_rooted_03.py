# expect: reject store
# why: a store through setdefault's result: d.setdefault(k, []).append(M), then d[k][0] is M
# line: 12
# goal: writes into keyword.kwlist
# mechanism: a store through setdefault's result: d.setdefault(k, []).append(M), then d[k][0] is M
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import keyword

d = {}
d.setdefault("k", []).append(keyword.kwlist)
d["k"][0].append("zzz")
print(keyword.kwlist[-1])
