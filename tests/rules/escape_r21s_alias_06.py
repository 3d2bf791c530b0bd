# expect: reject store
# why: an attribute read of a library object made from arguments may be any of them: functools.partial(f, k=d).keywords["k"] through a name
# line: 8
import keyword, types, collections, functools, dataclasses, argparse
d = {}
p = functools.partial(print, k=d)
a = p.keywords["k"]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
