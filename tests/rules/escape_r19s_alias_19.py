# expect: reject store
# why: nineteenth red team (the red team's ok_01): a = d.get("x") is an item of d, so what
#   is stored through a is stored into d's item (a library list appended to)
# line: 13
# goal: write into a namespace the program did not create: appends to keyword.kwlist (a module's list)
# mechanism: alias made by a library call (d.get) - the store into a is not propagated to d's item
# rule slipped: store (alias_roots follows plain aliases, not library calls that hand back an argument's item; README section 4 'left open')

import keyword
d = {"x": {}}
a = d.get("x")
a["k"] = keyword.kwlist
d["x"]["k"].append("ZZZ")
print(keyword.kwlist[-1])
