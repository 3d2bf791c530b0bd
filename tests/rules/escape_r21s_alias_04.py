# expect: reject store
# why: an attribute read of a library object made from arguments may be any of them: a namedtuple class's instance made from d, its field read
# line: 9
import keyword, types, collections, functools, dataclasses, argparse
d = {}
P = collections.namedtuple("P", "x y")
p = P(d, 1)
a = p.x
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
