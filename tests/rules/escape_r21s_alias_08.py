# expect: reject store
# why: an attribute read of a library object made from arguments may be any of them: dataclasses.replace(o, x=d).x through a name
# line: 11
import keyword, types, collections, functools, dataclasses, argparse
d = {}
@dataclasses.dataclass
class C:
    x: dict
c = dataclasses.replace(C({}), x=d)
a = c.x
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
