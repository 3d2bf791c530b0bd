# expect: reject store
# why: OrderedDict.popitem(last=False) on a library container made from d's holder
# line: 7
import keyword, collections
d = {}
m = collections.OrderedDict(x=d)
a = m.popitem(last=False)[1]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
