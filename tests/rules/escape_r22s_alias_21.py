# expect: reject store
# why: heapq.heappop of a copy
# line: 8
import keyword, heapq
d = {}
h = [d]
a = heapq.heappop(h.copy())
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
