# expect: reject store
# why: an attribute read of a library object made from arguments may be any of them: functools.partial(f, d).args[0]: the argument tuple the library object keeps
# line: 7
import keyword, types, collections, functools, dataclasses, argparse
d = {}
a = functools.partial(print, d).args[0]
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
