# expect: reject store
# why: list.pop() on a named receiver
# line: 8
import keyword
d = {}
lst = [d]
a = lst.pop()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
