# expect: accept
# why: thirteenth red team, family W: ChainMap(a, b).new_child(), new_child({...}), new_child of the program's dict with keywords, and str.format of a literal as a value stay accepted

import collections
base = collections.ChainMap({"a": 1}, {"b": 2})
child = base.new_child()
child["c"] = 3
local = base.new_child({"x": 1})
mine = {"y": 2}
c2 = base.new_child(mine, z=3)
print(dict(child), dict(local), dict(c2), "{} {} {} {}".format(1, 2, 3, 4))
fmt = "{:>4}".format
print(list(map(fmt, [1, 2])))
