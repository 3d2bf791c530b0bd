# expect: reject store
# why: an attribute read of a library object made from arguments may be any of them: Exception(d).args[0]: a builtin class keeps its arguments
# line: 7
import keyword, types, collections, functools, dataclasses, argparse
d = {}
a = Exception(d).args[0]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
