# expect: reject store
# why: a chain of methods: m.copy().copy().values().__iter__().__next__()
# line: 8
import keyword
d = {}
m = {1: d}
a = m.copy().copy().values().__iter__().__next__()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
