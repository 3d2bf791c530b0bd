# expect: reject store
# why: an attribute read of a library object made from arguments may be any of them: a SimpleNamespace bound to a name, its attribute read through the name
# line: 8
import keyword, types, collections, functools, dataclasses, argparse
d = {}
ns = types.SimpleNamespace(x=d)
a = ns.x
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
