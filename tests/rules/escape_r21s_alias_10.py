# expect: reject store
# why: an attribute read of a library object made from arguments may be any of them: argparse.Namespace(x=d) in a list, read as box[0].x
# line: 9
import keyword, types, collections, functools, dataclasses, argparse
d = {}
ns = argparse.Namespace(x=d)
box = [ns]
a = box[0].x
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
