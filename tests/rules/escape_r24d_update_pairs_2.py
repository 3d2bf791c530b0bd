# expect: reject store
# why: R.update(pairs) makes a pair's value R's item: d.update([("a", keyword.kwlist)]) then d["a"] is keyword.kwlist
# line: 8
import keyword

d = {}
d.update([("a", keyword.kwlist)])
d["a"].append("zzz")
