# expect: reject store
# why: itertools.starmap with a lambda returning d
# line: 7
import keyword, itertools
d = {}
a = next(itertools.starmap(lambda: d, [()]))
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
